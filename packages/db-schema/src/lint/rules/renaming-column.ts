import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

export const renamingColumn: LintRule = {
  id: 'renaming-column',
  origin: 'squawk',
  level: 'warning',
  docs: 'Renaming a column breaks every deployed reader and writer that uses the old name the moment the migration commits. Expand and contract: add the new column, write both, backfill, move readers, drop the old one later.',
  check: (statement, context) => {
    const rename = statement.RenameStmt;
    if (rename?.renameType !== 'OBJECT_COLUMN' || !rename.relation || !context.isExistingTable(qualifiedTable(rename.relation))) return [];
    return [{ message: `${qualifiedTable(rename.relation)}.${rename.subname ?? '?'} is renamed to ${rename.newname}: deployed code using the old name breaks at once` }];
  },
};
