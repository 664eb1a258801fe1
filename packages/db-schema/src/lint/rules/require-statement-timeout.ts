import type { LintRule } from '../lint-rule.js';
import { blocksReadsOrWrites, describeLock, effectiveLock } from '../statement-locks.js';

export const requireStatementTimeout: LintRule = {
  id: 'require-statement-timeout',
  formerIds: ['require-timeout-settings'],
  origin: 'squawk',
  level: 'warning',
  oncePerMigration: true,
  docs: 'A statement that scans, rewrites or indexes a large table holds its lock for as long as it runs. `SET statement_timeout` bounds how long that can be, so a migration that turns out slow fails instead of blocking for an hour. Fires once per migration, at the first statement that locks an existing table in a mode that blocks reads or writes.',
  check: (statement, context) => {
    if (context.statementTimeoutSet) return [];
    const lock = effectiveLock(statement, context);
    if (!lock || !blocksReadsOrWrites(lock.mode)) return [];
    return [{ message: `${lock.table} is locked with no statement_timeout set earlier in the migration, so nothing bounds how long it holds the ${describeLock(lock.mode)}` }];
  },
};
