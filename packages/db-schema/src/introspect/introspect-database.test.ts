import { isRippleError } from '@ripple/model';
import { loadModule, parseSync } from 'libpg-query';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedEveryObjectSnapshot } from '../../test/expected-every-object-snapshot.js';
import type { PostgresServer } from '../../test/postgres-server.js';
import { applyStatements, postgresUnavailableReason, startPostgresServer } from '../../test/postgres-server.js';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { introspectDatabase, withReadOnlySession } from './introspect-database.js';
import { CATALOG_QUERIES, catalogQuerySql } from './run-catalog-queries.js';

const unavailable = postgresUnavailableReason();

describe.skipIf(unavailable !== undefined)('introspectDatabase on a real PostgreSQL server', () => {
  let server: PostgresServer;

  beforeAll(async () => {
    await loadModule();
    server = await startPostgresServer();
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/every-object/migrations');
    await applyStatements(server.url, migrations.flatMap((migration) => migration.up));
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('gives the same snapshot as PGlite for the same migrations', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/every-object/migrations');
    const [{ head: fromPGlite }, fromServer] = await Promise.all([
      snapshotBeforeAndAfter([], migrations, { cacheFile: TEST_CACHE_FILE }),
      introspectDatabase(server.url),
    ]);
    expect(fromServer).toEqual(fromPGlite);
    expect(fromServer).toEqual(expectedEveryObjectSnapshot());
  });

  it('gives the same snapshots as PGlite for fixtures/column-dependents, before and after its last migration', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/column-dependents/migrations');
    await applyStatements(server.url, [{ sql: 'CREATE DATABASE column_dependents' }]);
    const url = server.urlFor('postgres', 'column_dependents');
    const fromPGlite = await snapshotBeforeAndAfter(migrations.slice(0, -1), migrations.slice(-1), { cacheFile: TEST_CACHE_FILE });
    await applyStatements(url, migrations.slice(0, -1).flatMap((migration) => migration.up));
    expect(await introspectDatabase(url)).toEqual(fromPGlite.base);
    await applyStatements(url, migrations.slice(-1).flatMap((migration) => migration.up));
    expect(await introspectDatabase(url)).toEqual(fromPGlite.head);
  });

  it('names index keys (INCLUDE left out, expressions as null, on a materialized view too) and foreign keys into a schema it does not read', async () => {
    await applyStatements(server.url, [{ sql: 'CREATE DATABASE ledger' }]);
    const url = server.urlFor('postgres', 'ledger');
    await applyStatements(url, [
      { sql: 'CREATE SCHEMA accounts' },
      { sql: 'CREATE TABLE accounts.pairs (x integer, y integer, PRIMARY KEY (x, y))' },
      { sql: 'CREATE SCHEMA ledger' },
      {
        sql:
          'CREATE TABLE ledger.entries (id bigint PRIMARY KEY, b integer NOT NULL, a integer NOT NULL, booked_on date NOT NULL, memo text, ' +
          'CONSTRAINT entries_pair_fk FOREIGN KEY (b, a) REFERENCES accounts.pairs (y, x))',
      },
      { sql: 'CREATE TABLE ledger.corrections (entry_id bigint REFERENCES ledger.entries (id), b integer, a integer)' },
      { sql: 'ALTER TABLE ledger.corrections DROP COLUMN b' },
      { sql: 'CREATE INDEX entries_booked_idx ON ledger.entries (booked_on DESC, lower(memo), a) INCLUDE (b)' },
      { sql: 'CREATE INDEX corrections_a_idx ON ledger.corrections (a)' },
      { sql: 'CREATE MATERIALIZED VIEW ledger.daily AS SELECT booked_on, count(*) AS n FROM ledger.entries GROUP BY booked_on' },
      { sql: 'CREATE UNIQUE INDEX daily_booked_on_key ON ledger.daily (booked_on)' },
    ]);
    const snapshot = await introspectDatabase(url, { schemas: ['ledger'] });
    expect(snapshot.indexes.map((index) => [index.name, index.columns])).toEqual([
      ['corrections_a_idx', ['a']],
      ['daily_booked_on_key', ['booked_on']],
      ['entries_booked_idx', ['booked_on', null, 'a']],
      ['entries_pkey', ['id']],
    ]);
    expect(snapshot.constraints.filter((constraint) => constraint.kind === 'foreign-key').map((fk) => [fk.name, fk.columns, fk.references])).toEqual([
      ['corrections_entry_id_fkey', ['entry_id'], { schema: 'ledger', table: 'entries', columns: ['id'] }],
      ['entries_pair_fk', ['b', 'a'], { schema: 'accounts', table: 'pairs', columns: ['y', 'x'] }],
    ]);
    expect(await introspectDatabase(url, { schemas: ['ledger'], sessions: 1 })).toEqual(snapshot);
    expect(await introspectDatabase(url)).toMatchObject({ schemas: ['accounts', 'ledger', 'public'], constraints: expect.arrayContaining([...snapshot.constraints]) });
  });

  it('reads only the schemas asked for', async () => {
    const snapshot = await introspectDatabase(server.url, { schemas: ['public'] });
    expect(snapshot.schemas).toEqual(['public']);
    expect(snapshot.tables).toEqual([]);
  });

  it('works as a role that can only read (pg_read_all_data)', async () => {
    await applyStatements(server.url, [
      { sql: 'CREATE ROLE ripple_reader LOGIN' },
      { sql: 'GRANT pg_read_all_data TO ripple_reader' },
    ]);
    const asReader = await introspectDatabase(server.urlFor('ripple_reader'));
    expect(asReader).toEqual(await introspectDatabase(server.url));
  });

  it('sends the server only SELECTs inside BEGIN READ ONLY ... ROLLBACK, in one session or two sharing one snapshot', async () => {
    await applyStatements(server.url, [
      { sql: "ALTER SYSTEM SET log_statement = 'all'" },
      { sql: "ALTER SYSTEM SET log_line_prefix = '[%a:%p] '" },
      { sql: 'SELECT pg_reload_conf()' },
    ]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const logStart = server.log().length;
      await introspectDatabase(server.url); // two sessions by default
      await expect.poll(() => server.log().slice(logStart).match(/\[ripple:\d+\] LOG: {2}statement: ROLLBACK/g)?.length).toBe(2);
      const sessions = [...loggedStatements(server.log().slice(logStart), 'ripple').values()];
      expect(sessions).toHaveLength(2);
      const [primary, other] = sessions[0]![1] === 'SELECT pg_catalog.pg_export_snapshot() AS id' ? sessions : [sessions[1]!, sessions[0]!];
      const begin = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';
      expect(primary!.slice(0, 2)).toEqual([begin, 'SELECT pg_catalog.pg_export_snapshot() AS id']);
      expect(other!.slice(0, 2)).toEqual([begin, expect.stringMatching(/^SET TRANSACTION SNAPSHOT '[0-9A-F-]+'$/)]);
      const bodies = [...primary!.slice(1, -1), ...other!.slice(2, -1)];
      for (const session of [primary!, other!]) expect(session[session.length - 1]).toBe('ROLLBACK');
      // Each session reads its shard of every per-table query; the rest (and the schema list) run once.
      const queryTexts = CATALOG_QUERIES.map(([, file]) => catalogQuerySql(file).trim());
      const sharded = queryTexts.filter((sql) => sql.includes('$3'));
      expect(sharded.length).toBeGreaterThan(10);
      for (const session of [primary!, other!]) expect(sharded.filter((sql) => !session.includes(sql))).toEqual([]);
      expect(bodies).toHaveLength(1 + 2 * sharded.length + (queryTexts.length - sharded.length) + 1);
      for (const sql of bodies) {
        expect(parseSync(sql).stmts?.map((stmt) => Object.keys(stmt.stmt ?? {})[0])).toEqual(['SelectStmt']);
      }

      const singleStart = server.log().length;
      await introspectDatabase(server.url, { sessions: 1 });
      await expect.poll(() => server.log().slice(singleStart)).toMatch(/\[ripple:\d+\] LOG: {2}statement: ROLLBACK/);
      const [single, ...more] = [...loggedStatements(server.log().slice(singleStart), 'ripple').values()];
      expect(more).toEqual([]);
      expect(single![0]).toBe(begin);
      expect(single![single!.length - 1]).toBe('ROLLBACK');
      expect(single!.slice(1, -1).map((sql) => parseSync(sql).stmts?.map((stmt) => Object.keys(stmt.stmt ?? {})[0])[0])).toEqual(
        Array.from({ length: CATALOG_QUERIES.length + 1 }, () => 'SelectStmt'),
      );
    } finally {
      await applyStatements(server.url, [
        { sql: 'ALTER SYSTEM RESET log_statement' },
        { sql: 'ALTER SYSTEM RESET log_line_prefix' },
        { sql: 'SELECT pg_reload_conf()' },
      ]);
    }
  });

  it('gives the same snapshot in one session as in two or three, each reading its shard of the tables', async () => {
    const single = await introspectDatabase(server.url, { sessions: 1 });
    expect(single.tables.length).toBeGreaterThan(3);
    expect(await introspectDatabase(server.url, { sessions: 2 })).toEqual(single);
    expect(await introspectDatabase(server.url, { sessions: 3 })).toEqual(single);
  });

  it('falls back to one session as a role limited to one connection', async () => {
    await applyStatements(server.url, [
      { sql: 'CREATE ROLE ripple_single LOGIN CONNECTION LIMIT 1' },
      { sql: 'GRANT pg_read_all_data TO ripple_single' },
    ]);
    expect(await introspectDatabase(server.urlFor('ripple_single'), { sessions: 2 })).toEqual(await introspectDatabase(server.url));
  });

  it('runs in a session where a write fails: the trap table stays untouched', async () => {
    await applyStatements(server.url, [{ sql: 'CREATE TABLE public.write_trap (hits integer NOT NULL)' }]);
    const error = await withReadOnlySession(server.url, (query) => query('INSERT INTO public.write_trap VALUES (1)', [])).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'input/db-introspection-failed' });
    expect((error as Error).message).toContain('cannot execute INSERT in a read-only transaction');
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const rows = await client.query('SELECT count(*)::int AS hits FROM public.write_trap');
    await client.end();
    expect(rows.rows).toEqual([{ hits: 0 }]);
  });
});

/** The statements each backend of a client with this application_name sent, from a log written with log_line_prefix '[%a:%p] '. */
function loggedStatements(log: string, application: string): Map<string, string[]> {
  const entries = log.split(/\n(?=\[)/);
  const pattern = new RegExp(`^\\[${application}:(\\d+)\\] LOG:  (?:statement|execute <unnamed>): ([\\s\\S]*)$`);
  const byBackend = new Map<string, string[]>();
  for (const entry of entries) {
    const match = pattern.exec(entry.trimEnd());
    if (!match) continue;
    const statements = byBackend.get(match[1]!) ?? [];
    statements.push(match[2]!.replace(/\n\t/g, '\n').trim()); // the log indents continuation lines with a tab
    byBackend.set(match[1]!, statements);
  }
  return byBackend;
}

describe('introspectDatabase on a server that is not there', () => {
  it('names the host and the reason, with the password redacted', async () => {
    const error = await introspectDatabase('postgres://ripple:s3cret@127.0.0.1:1/shop').catch((caught: unknown) => caught);
    expect(isRippleError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'input/db-unreachable' });
    const message = (error as Error).message;
    expect(message).toContain('host 127.0.0.1:1');
    expect(message).toContain('ECONNREFUSED');
    expect(message).toContain('postgres://ripple:***@127.0.0.1:1/shop');
    expect(message).not.toContain('s3cret');
  });
});
