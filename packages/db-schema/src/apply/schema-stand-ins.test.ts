import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { rehearseMigrations } from './rehearse-migrations.js';
import { uncreatedSchemas } from './schema-stand-ins.js';

const dir = 'fixtures/schema-stand-ins/migrations';

describe('a schema the migrations use and none creates', () => {
  it('schema-stand-ins: is created empty before the replay, said once where first named; one a migration creates is not', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    expect(uncreatedSchemas(migrations)).toEqual([{ name: 'nango', location: { file: `${dir}/20230208124114_create_account.cjs`, line: 2, column: 12 } }]);
    const base = migrations.slice(0, 2);
    const added = migrations.slice(2);
    const result = await rehearseMigrations(base, added, { cacheFile: TEST_CACHE_FILE });
    const changes = diffSchemas(result.base, result.head, { migrations: added });
    expect(changes.map((change) => `${change.kind} ${change.column.schema}.${change.column.table}.${change.column.column}`)).toEqual([
      'column-renamed nango._nango_accounts.email',
    ]);
    expect(result.base.tables.map((table) => `${table.schema}.${table.name}`)).toEqual(['audit.events', 'nango._nango_accounts']);
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line}`)).toEqual([
      `migration/schema-stand-in ${dir}/20230208124114_create_account.cjs:2`,
    ]);
  });

  it('names none for unqualified tables, built-in schemas, or a statement that does not parse', async () => {
    const migration = (sql: string) => ({ kind: 'migration' as const, file: 'm.sql', version: '1', name: 'm', format: 'sql-numbered' as const, up: [{ file: 'm.sql', sql, line: 1, column: 1 }] });
    await loadMigrations(PACKAGE_ROOT, dir); // loads the parser
    expect(uncreatedSchemas([migration('CREATE TABLE public.a (id int); CREATE TABLE b (id int); SELECT pg_catalog.now()'), migration('CREATE TABLE x.(')])).toEqual([]);
  });
});
