import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rehearseMigrations } from '../apply/rehearse-migrations.js';
import { TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { loadMigrations } from './load-migrations.js';

const PACKAGE_ROOT = path.resolve(import.meta.dirname, '../..');

describe('the order and the set of migrations, as the runner has them', () => {
  it('prisma: folder names sorted as strings, so 20250625_ runs after 20250409154352_', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/ordering/prisma');
    expect(migrations.map((migration) => migration.name)).toEqual(['create_charts', 'add_chart_type']);
    const { diagnostics, head } = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'migration/base-failed')).toEqual([]);
    expect(head.tables.find((table) => table.name === 'charts')?.columns.map((column) => column.name)).toEqual(['id', 'name', 'type']);
  });

  it('drizzle: only the journal entries run; a file the journal does not list is left out, with a diagnostic', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/ordering/drizzle');
    expect(migrations.map((migration) => [migration.name, migration.up.length])).toEqual([
      ['init', 1],
      ['abandoned_branch', 0],
      ['add_name', 2],
    ]);
    expect(migrations[1]!.diagnostics).toEqual([
      {
        kind: 'diagnostic',
        code: 'migration/not-in-journal',
        message: '0001_abandoned_branch.sql is not listed in fixtures/ordering/drizzle/meta/_journal.json: drizzle-kit migrate never runs it, so it is left out',
        location: { file: 'fixtures/ordering/drizzle/0001_abandoned_branch.sql', line: 1 },
      },
    ]);
    const { diagnostics, head } = await rehearseMigrations(migrations, [], { cacheFile: TEST_CACHE_FILE });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'migration/base-failed')).toEqual([]);
    expect(head.tables.find((table) => table.name === 'users')?.columns.map((column) => column.name)).toEqual(['id', 'email', 'nickname', 'name']);
  });
});
