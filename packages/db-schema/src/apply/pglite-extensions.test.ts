import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import { migrationExtensions } from './pglite-extensions.js';
import { snapshotBeforeAndAfter } from './snapshot-before-and-after.js';

describe('extensions the migrations create, on PGlite', () => {
  it('names them from CREATE EXTENSION statements', async () => {
    expect(migrationExtensions(await loadMigrations(PACKAGE_ROOT, 'fixtures/extensions/migrations'))).toEqual(['citext', 'pg_trgm']);
    expect(migrationExtensions(await loadMigrations(PACKAGE_ROOT, 'fixtures/extension-missing/migrations'))).toEqual(['postgis']);
  });

  it('loads PGlite`s bundles, so the migrations apply and the snapshot lists the extensions and their types', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/extensions/migrations');
    const { head } = await snapshotBeforeAndAfter([], migrations, { cacheFile: TEST_CACHE_FILE });
    expect(head.extensions?.map((extension) => extension.name)).toEqual(['citext', 'pg_trgm', 'plpgsql']);
    expect(head.tables[0]?.columns.map((column) => `${column.name} ${column.type}`)).toEqual(['id bigint', 'email citext', 'name text']);
    expect(head.indexes.find((index) => index.name === 'users_name_trgm_idx')?.definition).toBe(
      'CREATE INDEX users_name_trgm_idx ON public.users USING gin (name gin_trgm_ops)',
    );
  });

  it('leaves out one PGlite does not bundle: PostgreSQL`s own error names the file and line', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/extension-missing/migrations');
    const error = await snapshotBeforeAndAfter([], migrations, { cacheFile: TEST_CACHE_FILE }).catch((caught: unknown) => caught);
    expect(isRippleError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'migration/apply-failed',
      message:
        'extension "postgis" is not available (in: CREATE EXTENSION postgis); the embedded PGlite does not bundle this extension: ' +
        'introspect a server that has it with --db-url',
      location: { file: 'fixtures/extension-missing/migrations/0001_places.sql', line: 4, column: 1 },
    });
  });
});
