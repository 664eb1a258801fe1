import type { LintRule } from '../lint-rule.js';
import { qualifiedTable, transactionBoundary, type StatementNode } from '../statement-node.js';
import { statementLock } from '../statement-locks.js';

/** The existing table a data statement writes (`UPDATE`, `DELETE`, `INSERT`), if any. */
function writtenTable(node: StatementNode): string | undefined {
  const relation = node.UpdateStmt?.relation ?? node.DeleteStmt?.relation ?? node.InsertStmt?.relation;
  return relation ? qualifiedTable(relation) : undefined;
}

export const backfillWithSchemaChange: LintRule = {
  id: 'backfill-with-schema-change',
  origin: 'strong_migrations',
  level: 'warning',
  docs: 'A backfill (`UPDATE`, `INSERT ... SELECT`, `DELETE`) in the same transaction as a schema change holds the schema change\'s ACCESS EXCLUSIVE lock until the backfill ends: every query on the table waits for the whole data migration (strong_migrations: backfill in a separate migration, with no transaction, in batches). Move the backfill to its own migration.',
  checkStatements: (statements) => {
    const locked = new Map<string, number>();
    const context = { isExistingTable: () => true };
    return statements.flatMap(({ node, context: before }, index) => {
      if (transactionBoundary(node)) {
        locked.clear();
        return [];
      }
      if (!before.inAnyTransaction) return [];
      const lock = node.AlterTableStmt ? statementLock(node, context) : undefined;
      if (lock?.mode === 'ACCESS EXCLUSIVE') locked.set(lock.table, index);
      const table = writtenTable(node);
      if (table === undefined || locked.size === 0) return [];
      const lockedTables = [...locked.keys()];
      return [{ index, message: `${table} is backfilled in the transaction that changed ${lockedTables.join(', ')}: the ACCESS EXCLUSIVE lock is held until the backfill ends` }];
    });
  },
};
