import { describe, expect, it } from 'vitest';
import { expectedEveryObjectSnapshot } from '../../test/expected-every-object-snapshot.js';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { loadMigrations } from '../migrations/load-migrations.js';

describe('introspectCatalog on PGlite, fixtures/every-object', () => {
  it('reads every object kind exactly as expected-snapshot.json has it', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/every-object/migrations');
    const { head } = await snapshotBeforeAndAfter([], migrations, { cacheFile: TEST_CACHE_FILE });
    expect(head).toEqual(expectedEveryObjectSnapshot());
  });
});
