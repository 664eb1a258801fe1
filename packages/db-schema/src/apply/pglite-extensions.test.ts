import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import type { Migration } from '../migrations/migration.js';
import { loadPGliteExtensions, migrationExtensions, PGLITE_EXTENSION_BUNDLES, undefinedFunctionCalls } from './pglite-extensions.js';
import { snapshotBeforeAndAfter } from './snapshot-before-and-after.js';

/** One migration of the given statements, all on line 1 of `inline.sql`. */
function inlineMigration(...statements: string[]): Migration {
  return { kind: 'migration', file: 'inline.sql', version: '1', name: 'inline', format: 'sql-numbered', up: statements.map((sql) => ({ file: 'inline.sql', sql, line: 1, column: 1 })) };
}

describe('extensions the migrations create, on PGlite', () => {
  it('names them from CREATE EXTENSION statements', async () => {
    expect(migrationExtensions(await loadMigrations(PACKAGE_ROOT, 'fixtures/extensions/migrations'))).toEqual(['citext', 'pg_trgm']);
    expect(migrationExtensions(await loadMigrations(PACKAGE_ROOT, 'fixtures/extension-postgis/migrations'))).toEqual(['postgis']);
  });

  it('names the functions the statements call that no migration defines, with their argument counts', async () => {
    await loadSqlParser();
    const migration = inlineMigration(
      'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      "CREATE TABLE t (id uuid DEFAULT uuid_generate_v4(), at timestamptz DEFAULT now(), p text DEFAULT st_astext(st_makepoint(1, 2)))",
      "SELECT cron.schedule('x', '* * * * *', 'SELECT touch()')",
    );
    expect(undefinedFunctionCalls([migration])).toEqual([
      { name: 'cron.schedule', arities: [3] },
      { name: 'now', arities: [0] },
      { name: 'st_astext', arities: [1] },
      { name: 'st_makepoint', arities: [2] },
      { name: 'uuid_generate_v4', arities: [0] },
    ]);
  });

  it('walks deeply nested calls without recursion: 300 levels, every name once', async () => {
    await loadSqlParser();
    const depth = 300;
    const nested = `${'st_buffer('.repeat(depth)}st_makepoint(0, 0)${', 1)'.repeat(depth)}`;
    expect(undefinedFunctionCalls([inlineMigration(`SELECT ${nested}`)])).toEqual([
      { name: 'st_buffer', arities: [2] },
      { name: 'st_makepoint', arities: [2] },
    ]);
  });

  it('loads PGlite`s bundles, so the migrations apply and the snapshot lists the extensions and their types', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/extensions/migrations');
    const { head, diagnostics } = await snapshotBeforeAndAfter([], migrations, { cacheFile: TEST_CACHE_FILE });
    expect(head.extensions?.map((extension) => extension.name)).toEqual(['citext', 'pg_trgm', 'plpgsql']);
    expect(head.tables[0]?.columns.map((column) => `${column.name} ${column.type}`)).toEqual(['id bigint', 'email citext', 'name text']);
    expect(head.indexes.find((index) => index.name === 'users_name_trgm_idx')?.definition).toBe(
      'CREATE INDEX users_name_trgm_idx ON public.users USING gin (name gin_trgm_ops)',
    );
    expect(diagnostics).toEqual([]);
  });

  it('gives uuid-ossp`s uuid_generate_v4() for real', async () => {
    const migration = inlineMigration(
      'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
      'CREATE TABLE tokens (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), name text)',
      "INSERT INTO tokens (name) VALUES ('a'), ('b')",
      'CREATE TABLE counted AS SELECT count(DISTINCT id)::int AS ids FROM tokens',
    );
    const { head } = await snapshotBeforeAndAfter([], [migration], { cacheFile: TEST_CACHE_FILE });
    expect(head.tables.find((table) => table.name === 'tokens')?.columns[0]?.default).toBe('uuid_generate_v4()');
  });

  it('loads every bundle, and CREATE EXTENSION installs each', async () => {
    const names = Object.keys(PGLITE_EXTENSION_BUNDLES).sort();
    const { extensions, unbundled } = await loadPGliteExtensions(names);
    expect(unbundled).toEqual([]);
    const db = await PGlite.create({ extensions });
    try {
      const failed: string[] = [];
      for (const name of names) {
        await db.exec(`CREATE EXTENSION IF NOT EXISTS "${name}" CASCADE`).catch((error: unknown) => failed.push(`${name}: ${String(error)}`));
      }
      expect(failed).toEqual([]);
      const installed = (await db.query<{ extname: string }>('SELECT extname FROM pg_extension ORDER BY extname')).rows.map((row) => row.extname);
      expect(installed).toEqual([...names, 'plpgsql'].sort());
    } finally {
      await db.close();
    }
  });
});
