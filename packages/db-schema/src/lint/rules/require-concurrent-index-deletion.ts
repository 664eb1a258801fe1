import type { LintRule } from '../lint-rule.js';
import { droppedObjectNames } from '../statement-node.js';

export const requireConcurrentIndexDeletion: LintRule = {
  id: 'require-concurrent-index-deletion',
  origin: 'squawk',
  level: 'warning',
  docs: '`DROP INDEX` takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes behind any long query. Use `DROP INDEX CONCURRENTLY`.',
  check: (statement) =>
    statement.DropStmt?.removeType === 'OBJECT_INDEX' && !statement.DropStmt.concurrent
      ? droppedObjectNames(statement.DropStmt.objects).map((name) => ({ message: `index ${name} is dropped without CONCURRENTLY: its table is locked for reads and writes` }))
      : [],
};
