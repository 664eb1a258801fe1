import type { LintRule } from '../lint-rule.js';
import { qualifiedTable, reindexesConcurrently } from '../statement-node.js';

export const requireConcurrentReindex: LintRule = {
  id: 'require-concurrent-reindex',
  origin: 'squawk',
  level: 'warning',
  docs: '`REINDEX` locks out writes to the table and takes an ACCESS EXCLUSIVE lock on each index, so queries that would use it block. From PostgreSQL 12 use `REINDEX ... CONCURRENTLY` (outside a transaction).',
  check: (statement, context) => {
    const reindex = statement.ReindexStmt;
    if (!reindex || context.pgVersion < 12 || reindexesConcurrently(reindex)) return [];
    const target = reindex.relation ? qualifiedTable(reindex.relation) : reindex.name ?? 'the database';
    return [{ message: `REINDEX of ${target} without CONCURRENTLY blocks writes and the queries that use its indexes` }];
  },
};
