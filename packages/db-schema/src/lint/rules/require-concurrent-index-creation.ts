import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

export const requireConcurrentIndexCreation: LintRule = {
  id: 'require-concurrent-index-creation',
  origin: 'squawk',
  level: 'warning',
  docs: '`CREATE INDEX` on an existing table blocks every write for as long as the build takes. Use `CREATE INDEX CONCURRENTLY` (outside a transaction).',
  check: (statement, context) => {
    const index = statement.IndexStmt;
    if (!index || index.concurrent || !context.isExistingTable(qualifiedTable(index.relation))) return [];
    return [{ message: `index ${index.idxname ?? '(unnamed)'} on ${qualifiedTable(index.relation)} is built without CONCURRENTLY: writes block until it is done` }];
  },
};
