import type { LintRule } from '../lint-rule.js';
import { qualifiedTable } from '../statement-node.js';

export const banConcurrentIndexCreationInTransaction: LintRule = {
  id: 'ban-concurrent-index-creation-in-transaction',
  origin: 'squawk',
  level: 'error',
  docs: '`CREATE INDEX CONCURRENTLY` cannot run inside a transaction block: PostgreSQL refuses it and the migration fails. Put it in a migration of its own, outside any `BEGIN`, and tell the tool not to wrap that file in a transaction. With `--assume-in-transaction` every file counts as wrapped (a file with only that statement does not: tools run a lone statement as is).',
  check: (statement, context) => {
    const index = statement.IndexStmt;
    if (!index?.concurrent || !context.inTransaction || context.statementCount <= 1) return [];
    return [{ message: `index ${index.idxname ?? '(unnamed)'} on ${qualifiedTable(index.relation)} is built CONCURRENTLY inside a transaction: PostgreSQL refuses it` }];
  },
};
