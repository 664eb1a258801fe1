import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

export const renamingTable: LintRule = {
  id: 'renaming-table',
  origin: 'squawk',
  level: 'warning',
  docs: 'Renaming a table breaks every deployed query that names it. Create a view with the old name while clients move, or expand and contract.',
  check: (statement, context) => {
    const rename = statement.RenameStmt;
    if (rename?.renameType !== 'OBJECT_TABLE' || !rename.relation || !context.isExistingTable(qualifiedTable(rename.relation))) return [];
    return [{ message: `${qualifiedTable(rename.relation)} is renamed to ${rename.newname}: deployed queries naming it break at once` }];
  },
};
