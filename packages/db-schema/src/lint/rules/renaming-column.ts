import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

export const renamingColumn: LintRule = {
  id: 'renaming-column',
  origin: 'squawk',
  level: 'warning',
  docs: 'Renaming a column breaks every deployed reader and writer that uses the old name the moment the migration commits. Expand and contract: add the new column, write both, backfill, move readers, drop the old one later. A column the change itself added is not flagged.',
  check: (statement, context) => {
    const rename = statement.RenameStmt;
    if (rename?.renameType !== 'OBJECT_COLUMN' || !rename.relation || !context.isExistingTable(qualifiedTable(rename.relation))) return [];
    // A column the change itself added: no deployed code uses its name yet.
    if (rename.subname !== undefined && !context.isExistingColumn(qualifiedTable(rename.relation), rename.subname)) return [];
    return [{ message: `${qualifiedTable(rename.relation)}.${rename.subname ?? '?'} is renamed to ${rename.newname}: deployed code using the old name breaks at once` }];
  },
};
