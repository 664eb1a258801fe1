import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import type { Migration } from '../migrations/migration.js';
import { diffSchemas } from './diff-schemas.js';

const DIR = 'fixtures/prisma-enum-rewrite/migrations';

/** The changes of `migrations[at]` over the ones before it, replayed on PGlite. */
async function changesOf(migrations: readonly Migration[], at: number) {
  const added = migrations.slice(at, at + 1);
  const { base, head } = await snapshotBeforeAndAfter(migrations.slice(0, at), added, { cacheFile: TEST_CACHE_FILE });
  return diffSchemas(base, head, { migrations: added });
}

// Prisma rewrites an enum it cannot ALTER in place (a value removed, formbricks' ActionType; labels reordered by hand,
// langfuse's MonitorSeverity): a new type, ALTER COLUMN ... TYPE ... USING, and a rename back to the old name.
describe('diffSchemas on Prisma enum rewrites (fixtures/prisma-enum-rewrite)', () => {
  let migrations: readonly Migration[];
  beforeAll(async () => {
    migrations = await loadMigrations(PACKAGE_ROOT, DIR);
  });

  it('a value removed from the enum is a type change of its column, at the ALTER COLUMN', async () => {
    expect(await changesOf(migrations, 1)).toEqual([
      {
        kind: 'column-type-changed',
        column: { schema: 'public', table: 'ActionClass', column: 'type' },
        from: `"ActionType" AS ENUM ('code', 'noCode', 'automatic')`,
        to: `"ActionType" AS ENUM ('code', 'noCode')`,
        migration: { file: `${DIR}/20250211071744_removed_automatic_action_type/migration.sql`, line: 10 },
      },
    ]);
  });

  it('reordered labels change the type of the column and of an array of the enum; the restored default is no change', async () => {
    const file = `${DIR}/20260521000000_monitor_severity_reorder/migration.sql`;
    expect(await changesOf(migrations, 2)).toEqual([
      {
        kind: 'column-type-changed',
        column: { schema: 'public', table: 'monitors', column: 'past_severities' },
        from: `"MonitorSeverity"[] AS ENUM ('OK', 'WARNING', 'ALERT', 'NO_DATA', 'UNKNOWN')`,
        to: `"MonitorSeverity"[] AS ENUM ('UNKNOWN', 'NO_DATA', 'OK', 'WARNING', 'ALERT')`,
        migration: { file, line: 6 },
      },
      {
        kind: 'column-type-changed',
        column: { schema: 'public', table: 'monitors', column: 'severity' },
        from: `"MonitorSeverity" AS ENUM ('OK', 'WARNING', 'ALERT', 'NO_DATA', 'UNKNOWN')`,
        to: `"MonitorSeverity" AS ENUM ('UNKNOWN', 'NO_DATA', 'OK', 'WARNING', 'ALERT')`,
        migration: { file, line: 5 },
      },
    ]);
  });

  it('a label added with ADD VALUE keeps every stored value and its order: no column change', async () => {
    expect(await changesOf(migrations, 3)).toEqual([]);
  });
});
