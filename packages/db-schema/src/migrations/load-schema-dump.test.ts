import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from './load-migrations.js';
import { loadSchemaDump, schemaDumpMigration } from './load-schema-dump.js';
import { loadSqlParser } from './split-statements.js';

const DUMP = 'fixtures/schema-dump/db/structure.sql';
const NEW = 'fixtures/schema-dump/db/migrations/20240301120000_customer_email_address.sql';

describe('a schema dump as the base schema (migrations.baseSchema)', () => {
  beforeAll(loadSqlParser);

  it('blanks psql meta-commands and COPY data, creates the roles it names first, and resets the session at its end', () => {
    const text = [
      '\\restrict abc',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'CREATE TABLE public.t (id int);',
      'ALTER TABLE public.t OWNER TO "App Owner";',
      'COPY public.t (id) FROM stdin;',
      '1',
      '\\.',
      'GRANT SELECT ON public.t TO reader, PUBLIC;',
      '\\unrestrict abc',
    ].join('\n');
    const { migration, diagnostics } = schemaDumpMigration(text, 'schema.sql');
    expect(migration.up.map((statement) => `${statement.line} ${statement.sql}`)).toEqual([
      '4 DO $ripple$ BEGIN CREATE ROLE "App Owner" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $ripple$',
      '8 DO $ripple$ BEGIN CREATE ROLE "reader" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $ripple$',
      "2 SELECT pg_catalog.set_config('search_path', '', false)",
      '3 CREATE TABLE public.t (id int)',
      '4 ALTER TABLE public.t OWNER TO "App Owner"',
      '8 GRANT SELECT ON public.t TO reader, PUBLIC',
      '8 RESET ALL',
    ]);
    expect(diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'schema-dump/roles-created',
        message: 'the schema dump names roles the embedded database lacks (App Owner, reader): created as NOLOGIN roles so that its ownership and grants apply',
        location: { file: 'schema.sql', line: 4, column: 1 },
      },
    ]);
  });

  it('leaves out the database-level statements of pg_dump -C and tolerates an older dump`s CREATE SCHEMA public', () => {
    const text = [
      "CREATE DATABASE shop WITH TEMPLATE = template0 ENCODING = 'UTF8';",
      'ALTER DATABASE shop OWNER TO postgres;',
      '\\connect shop',
      'CREATE SCHEMA public;',
      "COMMENT ON DATABASE shop IS 'the shop';",
      'CREATE TABLE public.t (id int);',
    ].join('\n');
    expect(schemaDumpMigration(text, 'schema.sql').migration.up.map((statement) => `${statement.line} ${statement.sql}`)).toEqual([
      '4 CREATE SCHEMA IF NOT EXISTS public',
      '6 CREATE TABLE public.t (id int)',
      '6 RESET ALL',
    ]);
  });

  it('applies verbatim pg_dump 15 output, then the new migration (unqualified names) on top, and diffs', async () => {
    const dump = await loadSchemaDump(PACKAGE_ROOT, DUMP);
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/schema-dump/db/migrations');
    const { base, head } = await snapshotBeforeAndAfter([dump.migration], migrations, { cacheFile: TEST_CACHE_FILE });
    expect(base.tables.map((table) => `${table.schema}.${table.name}`)).toEqual(['billing.invoices', 'public.customers', 'public.orders']);
    expect(base.extensions?.map((extension) => extension.name)).toEqual(['citext', 'plpgsql', 'uuid-ossp']);
    expect(diffSchemas(base, head, { migrations })).toEqual([
      { kind: 'column-type-changed', column: { schema: 'billing', table: 'invoices', column: 'amount' }, from: 'numeric(12,2)', to: 'numeric(14,2)', migration: { file: NEW, line: 3 } },
      { kind: 'column-renamed', column: { schema: 'public', table: 'customers', column: 'email' }, newName: 'email_address', how: 'rename', migration: { file: NEW, line: 1 } },
      { kind: 'column-dropped', column: { schema: 'public', table: 'orders', column: 'legacy_note' }, type: 'text', migration: { file: NEW, line: 2 } },
    ]);
    expect(dump.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.line}`)).toEqual(['schema-dump/roles-created 28']);
  });
});
