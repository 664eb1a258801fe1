import type { BlockedOperation } from './server-rehearsal.js';

/**
 * For each ordinary operation of another session, the lock it takes and so the held modes that make it wait
 * (PostgreSQL's "Conflicting Lock Modes" table): SELECT takes ACCESS SHARE, SELECT FOR UPDATE ROW SHARE,
 * INSERT/UPDATE/DELETE ROW EXCLUSIVE, VACUUM and CREATE INDEX CONCURRENTLY SHARE UPDATE EXCLUSIVE, most ALTER TABLE
 * forms ACCESS EXCLUSIVE.
 */
const WAITS_FOR: Readonly<Record<BlockedOperation, readonly string[]>> = {
  reads: ['AccessExclusiveLock'],
  'row-locks': ['ExclusiveLock', 'AccessExclusiveLock'],
  writes: ['ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  'vacuum-and-index-builds': ['ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
  'schema-changes': ['AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'],
};

/** The operations of other sessions that wait while a relation lock of `mode` is held, most common first. */
export function operationsBlockedBy(mode: string): BlockedOperation[] {
  return (Object.keys(WAITS_FOR) as BlockedOperation[]).filter((operation) => WAITS_FOR[operation].includes(mode));
}
