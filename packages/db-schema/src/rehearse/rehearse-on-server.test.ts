import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRippleError } from '@ripple/model';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseState, sessionsOf } from '../../test/database-state.js';
import { postgresUnavailableReason, startPostgresServer, type PostgresServer } from '../../test/postgres-server.js';
import { PACKAGE_ROOT } from '../../test/test-cache-file.js';
import type { Migration, MigrationFormat } from '../migrations/migration.js';
import { loadSqlParser, splitStatements } from '../migrations/split-statements.js';
import { rehearseOnServer, type ServerRehearsalOptions } from './rehearse-on-server.js';

const unavailable = postgresUnavailableReason();

const OPTIONS: ServerRehearsalOptions = { statementTimeout: '30s', lockTimeout: '2s', allowPrimary: true, productionPattern: 'prod' };

function migration(file: string, sql: string, format: MigrationFormat = 'flyway'): Migration {
  return { kind: 'migration', file, version: file.replace(/\D+/g, ''), name: file, format, up: splitStatements(sql, file) };
}

describe.skipIf(unavailable !== undefined)('rehearseOnServer on a real PostgreSQL server (a staging copy)', () => {
  let server: PostgresServer;

  beforeAll(async () => {
    await loadSqlParser();
    server = await startPostgresServer();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(await readFile(join(PACKAGE_ROOT, 'fixtures/rehearse-on-server/staging.sql'), 'utf8'));
    await client.end();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('measures each statement, rolls everything back, and leaves every row, object and sequence as it was', async () => {
    const before = await databaseState(server.url);
    const rehearsal = await rehearseOnServer(
      server.url,
      [
        migration(
          'db/V2__tiers.sql',
          [
            'ALTER TABLE customers ADD COLUMN tier text;',
            "UPDATE customers SET tier = 'basic';",
            'ALTER TABLE orders ALTER COLUMN total TYPE double precision;',
            "CREATE TABLE audit_notes (id serial PRIMARY KEY, note text); INSERT INTO audit_notes (note) VALUES ('made');",
          ].join('\n'),
        ),
        migration('db/V3__status_index.sql', 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;', 'sql-numbered'),
      ],
      OPTIONS,
    );
    expect(rehearsal).toMatchObject({ kind: 'server-rehearsal', database: 'postgres', inRecovery: false, rolledBack: true, sequencesLeftAdvanced: [] });
    expect(rehearsal.server).toBe(server.url);
    const [addColumn, backfill, retype, create, insert, concurrently, commit] = rehearsal.statements;
    expect(rehearsal.statements.map((statement) => [statement.line, statement.outcome])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'ok'],
      [4, 'ok'],
      [4, 'ok'],
      [1, 'not-rehearsed'],
      [2, 'not-rehearsed'],
    ]);
    // ADD COLUMN without a default: an ACCESS EXCLUSIVE lock, no rewrite, no rows.
    expect(addColumn).toMatchObject({ rowsTouched: 0, rewritten: [], locks: [{ relation: 'public.customers', mode: 'AccessExclusiveLock', blocks: ['reads', 'row-locks', 'writes', 'vacuum-and-index-builds', 'schema-changes'] }] });
    // The backfill touches every row; its ROW EXCLUSIVE lock adds nothing to the ACCESS EXCLUSIVE one held.
    expect(backfill).toMatchObject({ rowsTouched: 2000, rewritten: [], locks: [] });
    // A new type rewrites the table and its indexes.
    expect(retype?.rewritten).toEqual(['public.orders', 'public.orders_customer_id_idx', 'public.orders_pkey']);
    expect(retype?.locks?.map((lock) => `${lock.relation} ${lock.mode}`)).toContain('public.orders AccessExclusiveLock');
    // Locks are held to the end of the file under Flyway (one transaction per file): at least as long as what follows.
    expect(retype!.locks![0]!.heldMs).toBeGreaterThanOrEqual(retype!.durationMs! + create!.durationMs! + insert!.durationMs!);
    // A sequence the migration creates is its own: no sequence of the database was advanced.
    expect(insert).toMatchObject({ rowsTouched: 1 });
    expect(insert?.sequencesAdvanced).toBeUndefined();
    expect(concurrently).toMatchObject({ outcome: 'not-rehearsed', reason: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block' });
    expect(concurrently?.estimate).toMatchObject({ relation: 'public.orders', rows: 6000 });
    expect(concurrently?.estimate?.bytes).toBeGreaterThan(0);
    expect(concurrently?.estimate?.basis).toMatch(/^CREATE INDEX CONCURRENTLY: 2 passes over .* \(6000 rows\) at 100\.0 MB\/s/);
    expect(commit).toMatchObject({ outcome: 'not-rehearsed', reason: expect.stringMatching(/^COMMIT: transaction control, never sent/) });
    expect(await databaseState(server.url)).toEqual(before);
    expect(await sessionsOf(server.url, 'ripple-rehearse')).toEqual({ sessions: 0, locks: 0 });
  });

  it('stops at the statement PostgreSQL refuses, with its message, and still leaves nothing behind', async () => {
    const before = await databaseState(server.url);
    const rehearsal = await rehearseOnServer(
      server.url,
      [
        migration('db/V4__email_required.sql', "ALTER TABLE customers ADD COLUMN verified boolean NOT NULL DEFAULT false;\nDELETE FROM orders WHERE status = 'new';\nALTER TABLE customers ALTER COLUMN email SET NOT NULL;\nDROP VIEW customers_with_orders;"),
        migration('db/V5__later.sql', 'DROP TABLE orders;'),
      ],
      OPTIONS,
    );
    expect(rehearsal.statements.map((statement) => statement.outcome)).toEqual(['ok', 'ok', 'failed', 'not-reached', 'not-reached']);
    expect(rehearsal.statements[1]?.rowsTouched).toBe(4000);
    expect(rehearsal.statements[2]?.error).toEqual({ message: 'column "email" of relation "customers" contains null values', code: '23502' });
    expect(await databaseState(server.url)).toEqual(before);
  });

  it('fails a statement that waits longer than --lock-timeout for a lock another session holds, and one that runs past --statement-timeout', async () => {
    const other = new pg.Client({ connectionString: server.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('LOCK TABLE orders IN SHARE MODE');
      const locked = await rehearseOnServer(server.url, [migration('db/V6__status.sql', "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open';")], { ...OPTIONS, lockTimeout: '200ms' });
      expect(locked.statements[0]).toMatchObject({ outcome: 'failed', error: { message: 'canceling statement due to lock timeout', code: '55P03' } });
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    const slow = await rehearseOnServer(server.url, [migration('db/V7__slow.sql', 'SELECT pg_sleep(5);')], { ...OPTIONS, statementTimeout: '200ms' });
    expect(slow.statements[0]).toMatchObject({ outcome: 'failed', error: { message: 'canceling statement due to statement timeout', code: '57014' } });
    expect(slow.statements[0]?.durationMs).toBeLessThan(4000);
  });

  it('reports a sequence a statement advanced, which ROLLBACK does not undo, and changes nothing else', async () => {
    const before = await databaseState(server.url);
    const rehearsal = await rehearseOnServer(server.url, [migration('db/V8__seed.sql', "INSERT INTO customers (email, name) VALUES ('new@example.com', 'New'), ('other@example.com', 'Other');")], OPTIONS);
    const advanced = [{ sequence: 'public.customers_id_seq', before: '2000', after: '2002' }];
    expect(rehearsal.statements[0]).toMatchObject({ outcome: 'ok', rowsTouched: 2, sequencesAdvanced: advanced });
    expect(rehearsal.sequencesLeftAdvanced).toEqual(advanced);
    const after = await databaseState(server.url);
    expect(after.sequences['public.customers_id_seq']).toBe('2002 true');
    expect({ ...after, sequences: { ...after.sequences, 'public.customers_id_seq': before.sequences['public.customers_id_seq'] } }).toEqual(before);
  });

  it('refuses a primary without allowPrimary, and a database whose name matches the production pattern whatever the flag', async () => {
    const refused = async (options: ServerRehearsalOptions, url = server.url) => {
      try {
        await rehearseOnServer(url, [migration('db/V9__drop.sql', 'DROP TABLE orders;')], options);
      } catch (error) {
        return isRippleError(error) ? `${error.code}: ${error.message}` : String(error);
      }
      return 'ran';
    };
    expect(await refused({ ...OPTIONS, allowPrimary: false })).toMatch(/^rehearse\/refused: refusing to rehearse: database 'postgres' is on a primary server \(pg_is_in_recovery\(\) is false\).*--i-know-this-is-not-production$/);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE shop_production_copy');
    await admin.end();
    expect(await refused(OPTIONS, server.urlFor('postgres', 'shop_production_copy'))).toMatch(/^rehearse\/refused: refusing to rehearse: the database name 'shop_production_copy' matches the production pattern \/prod\/i/);
    expect(await refused({ ...OPTIONS, productionPattern: '^live-' }, server.urlFor('postgres', 'shop_production_copy'))).toBe('ran');
    expect(await refused({ ...OPTIONS, productionPattern: '127\\.0\\.0' })).toMatch(/the host name '127\.0\.0\.1' matches/);
  });
});
