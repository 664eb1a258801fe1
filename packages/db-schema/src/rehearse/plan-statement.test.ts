import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser, splitStatements } from '../migrations/split-statements.js';
import { operationsBlockedBy } from './lock-conflicts.js';
import { planStatement } from './plan-statement.js';

const plan = (sql: string) => {
  const [statement] = splitStatements(sql, 'db/V1__x.sql');
  return planStatement(statement!);
};

describe('planStatement', () => {
  beforeAll(() => loadSqlParser());

  it.each([
    ['ALTER TABLE orders ADD COLUMN note text', { kind: 'run' }],
    ["DO $$ BEGIN PERFORM 1; END $$", { kind: 'run' }],
    ['CREATE INDEX orders_status_idx ON orders (status)', { kind: 'run' }],
    ['CREATE INDEX CONCURRENTLY orders_status_idx ON shop.orders (status)', { kind: 'outside-transaction', what: 'CREATE INDEX CONCURRENTLY', passes: 2, scans: { schema: 'shop', name: 'orders' } }],
    ['REINDEX (CONCURRENTLY) INDEX orders_status_idx', { kind: 'outside-transaction', what: 'REINDEX CONCURRENTLY', passes: 2, scans: { name: 'orders_status_idx' } }],
    ['DROP INDEX CONCURRENTLY orders_status_idx', { kind: 'outside-transaction', what: 'DROP INDEX CONCURRENTLY (no scan: waits for the transactions using the table)', passes: 0 }],
    ['VACUUM ANALYZE orders', { kind: 'outside-transaction', what: 'VACUUM', passes: 1, scans: { name: 'orders' } }],
    ['ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY', { kind: 'outside-transaction', what: 'DETACH PARTITION CONCURRENTLY (no scan: waits for the transactions using the table)', passes: 0 }],
    ['CREATE DATABASE shop_copy', { kind: 'outside-transaction', what: 'CREATE DATABASE', passes: 0 }],
    ['COMMIT', { kind: 'transaction-control', what: 'COMMIT' }],
    ['BEGIN', { kind: 'transaction-control', what: 'BEGIN' }],
    ['ROLLBACK', { kind: 'transaction-control', what: 'ROLLBACK' }],
    ['SAVEPOINT before_backfill', { kind: 'transaction-control', what: 'SAVEPOINT' }],
    ["PREPARE TRANSACTION 'deploy'", { kind: 'transaction-control', what: 'PREPARE' }],
  ])('%s', (sql, expected) => {
    expect(plan(sql)).toEqual(expected);
  });
});

describe('operationsBlockedBy', () => {
  it.each([
    ['AccessShareLock', ['schema-changes']],
    ['RowShareLock', ['schema-changes']],
    ['RowExclusiveLock', ['schema-changes']],
    ['ShareUpdateExclusiveLock', ['vacuum-and-index-builds', 'schema-changes']],
    ['ShareLock', ['writes', 'vacuum-and-index-builds', 'schema-changes']],
    ['ShareRowExclusiveLock', ['writes', 'vacuum-and-index-builds', 'schema-changes']],
    ['ExclusiveLock', ['row-locks', 'writes', 'vacuum-and-index-builds', 'schema-changes']],
    ['AccessExclusiveLock', ['reads', 'row-locks', 'writes', 'vacuum-and-index-builds', 'schema-changes']],
  ])('%s', (mode, expected) => {
    expect(operationsBlockedBy(mode)).toEqual(expected);
  });
});
