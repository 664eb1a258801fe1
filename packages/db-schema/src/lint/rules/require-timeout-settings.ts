import type { LintContext, LintRule } from '../lint-rule.js';
import { droppedTables, qualifiedTable, type StatementNode } from '../statement-node.js';

/** The existing table a statement locks ACCESS EXCLUSIVE (ALTER TABLE, RENAME, DROP TABLE), if any. */
function exclusivelyLockedTable(statement: StatementNode, context: LintContext): string | undefined {
  const relation = statement.AlterTableStmt?.relation ?? (statement.RenameStmt?.renameType === 'OBJECT_COLUMN' || statement.RenameStmt?.renameType === 'OBJECT_TABLE' ? statement.RenameStmt.relation : undefined);
  if (relation) return context.isExistingTable(qualifiedTable(relation)) ? qualifiedTable(relation) : undefined;
  return droppedTables(statement).find((table) => context.isExistingTable(table));
}

export const requireTimeoutSettings: LintRule = {
  id: 'require-timeout-settings',
  level: 'warning',
  oncePerMigration: true,
  docs: 'An ACCESS EXCLUSIVE lock request waits behind any long-running query, and every query on the table queues behind the request: a one-millisecond ALTER becomes an outage. Start the migration with `SET lock_timeout = \'2s\'` (and retry) so it gives up instead.',
  check: (statement, context) => {
    if (context.lockTimeoutSet) return [];
    const table = exclusivelyLockedTable(statement, context);
    return table ? [{ message: `${table} is locked ACCESS EXCLUSIVE with no lock_timeout set earlier in the migration: queries queue behind it while it waits` }] : [];
  },
};
