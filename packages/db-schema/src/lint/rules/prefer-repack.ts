import type { LintRule } from '../lint-rule.js';

export const preferRepack: LintRule = {
  id: 'prefer-repack',
  origin: 'squawk',
  level: 'warning',
  docs: 'From PostgreSQL 19 (`--pg-version 19`), `REPACK (CONCURRENTLY)` rewrites a table without blocking reads and writes; `CLUSTER` and `VACUUM FULL` hold an ACCESS EXCLUSIVE lock for the whole rewrite. Earlier versions have no online alternative built in, so the rule is quiet there.',
  check: (statement, context) => {
    if (context.pgVersion < 19) return [];
    if (statement.ClusterStmt) return [{ message: 'CLUSTER holds an ACCESS EXCLUSIVE lock for the whole rewrite; prefer REPACK (CONCURRENTLY)' }];
    if (statement.VacuumStmt && (statement.VacuumStmt.options ?? []).some((option) => option.DefElem?.defname === 'full')) {
      return [{ message: 'VACUUM FULL holds an ACCESS EXCLUSIVE lock for the whole rewrite; prefer REPACK (CONCURRENTLY)' }];
    }
    return [];
  },
};
