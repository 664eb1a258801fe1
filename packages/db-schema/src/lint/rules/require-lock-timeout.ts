import type { LintRule } from '../lint-rule.js';
import { blocksReadsOrWrites, describeLock, effectiveLock } from '../statement-locks.js';

export const requireLockTimeout: LintRule = {
  id: 'require-lock-timeout',
  formerIds: ['require-timeout-settings'],
  origin: 'squawk',
  level: 'warning',
  oncePerMigration: true,
  docs: 'A lock request waits behind any long-running query, and every query on the table queues behind the request: a one-millisecond ALTER becomes an outage. Start the migration with `SET lock_timeout = \'2s\'` (and retry) so it gives up instead. Fires once per migration, at the first statement that locks an existing table in a mode that blocks reads or writes. Formerly `require-timeout-settings` (squawk splits it into this rule and `require-statement-timeout`; the old id still works in ignores and baselines and names both).',
  check: (statement, context) => {
    if (context.lockTimeoutSet) return [];
    const lock = effectiveLock(statement, context);
    if (!lock || !blocksReadsOrWrites(lock.mode)) return [];
    // The ACCESS EXCLUSIVE message is the one `require-timeout-settings` gave, so baselines keep matching it.
    return [{
      message: lock.mode === 'ACCESS EXCLUSIVE'
        ? `${lock.table} is locked ACCESS EXCLUSIVE with no lock_timeout set earlier in the migration: queries queue behind it while it waits`
        : `${lock.table} waits for a ${describeLock(lock.mode)} with no lock_timeout set earlier in the migration: queries queue behind it while it waits`,
    }];
  },
};
