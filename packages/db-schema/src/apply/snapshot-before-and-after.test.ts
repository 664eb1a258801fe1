import path from 'node:path';
import { isRippleError } from '@ripple/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { columnDependents } from '../dependents/column-dependents.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from '../migrations/load-migrations.js';
import type { Migration } from '../migrations/migration.js';
import { snapshotBeforeAndAfter } from './snapshot-before-and-after.js';

const FILE = 'fixtures/column-dependents/migrations/0004_customer_email_address.sql';

describe('snapshotBeforeAndAfter on fixtures/column-dependents', () => {
  let migrations: readonly Migration[];
  let result: Awaited<ReturnType<typeof snapshotBeforeAndAfter>>;

  beforeAll(async () => {
    migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/column-dependents/migrations');
    result = await snapshotBeforeAndAfter(migrations.slice(0, 3), migrations.slice(3), { cacheFile: TEST_CACHE_FILE });
  });

  it('diffs the rename, the drop and the type change, each located at its statement', () => {
    expect(diffSchemas(result.base, result.head, { migrations: migrations.slice(3) })).toEqual([
      {
        kind: 'column-renamed',
        column: { schema: 'public', table: 'customers', column: 'email' },
        newName: 'email_address',
        how: 'rename',
        migration: { file: FILE, line: 1 },
      },
      {
        kind: 'column-type-changed',
        column: { schema: 'public', table: 'order_items', column: 'price' },
        from: 'integer',
        to: 'numeric(12,2)',
        migration: { file: FILE, line: 6 },
      },
      {
        kind: 'column-dropped',
        column: { schema: 'public', table: 'orders', column: 'legacy_status' },
        type: 'text',
        migration: { file: FILE, line: 3 },
      },
    ]);
  });

  it('finds without the migrations the same changes, unlocated', () => {
    const changes = diffSchemas(result.base, result.head);
    expect(changes.map((change) => [change.kind, change.column.column, change.migration])).toEqual([
      ['column-renamed', 'email', undefined],
      ['column-type-changed', 'price', undefined],
      ['column-dropped', 'legacy_status', undefined],
    ]);
  });

  it('lists every dependent of customers.email in the base snapshot, from each source', () => {
    const dependents = columnDependents(result.base, { schema: 'public', table: 'customers', column: 'email' });
    expect(dependents.map((dependency) => [dependency.object.kind, dependency.object.name, dependency.source])).toEqual([
      ['function', 'customer_by_email', 'function-body'],
      ['function', 'normalise_customer_email', 'function-body'],
      ['index', 'customers_email_lower_key', 'pg_depend'],
      ['policy', 'customers.customers_own_row', 'pg_depend'],
      ['trigger', 'customers.customers_normalise_email', 'pg_depend'],
      ['view', 'customer_emails', 'pg_depend'],
    ]);
  });

  it('lists the view over order_items.price, which the migration drops and recreates', () => {
    expect(columnDependents(result.base, { schema: 'public', table: 'order_items', column: 'price' })).toEqual([
      {
        schema: 'public',
        table: 'order_items',
        column: 'price',
        object: { kind: 'view', schema: 'public', name: 'order_totals' },
        source: 'pg_depend',
      },
    ]);
  });

  it('moves the dependents to the new column name in the head snapshot', () => {
    expect(columnDependents(result.head, { schema: 'public', table: 'customers', column: 'email_address' }).map((d) => d.object.name)).toEqual([
      'customers_email_lower_key',
      'customers.customers_own_row',
      'customers.customers_normalise_email',
      'customer_emails',
    ]);
  });
});

describe('snapshotBeforeAndAfter with a migration that fails', () => {
  it('names the file, the statement, PostgreSQL`s message and its position', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, 'fixtures/apply-failed/migrations');
    const error = await snapshotBeforeAndAfter(migrations.slice(0, 1), migrations.slice(1), { cacheFile: TEST_CACHE_FILE }).catch(
      (caught: unknown) => caught,
    );
    expect(isRippleError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'migration/apply-failed',
      message: 'column "emial" does not exist (in: ALTER TABLE customers RENAME COLUMN emial TO email_address)',
      location: { file: 'fixtures/apply-failed/migrations/0002_rename_typo.sql', line: 3, column: 1 },
    });
  });
});

describe('the end-to-end fixture fixtures/shop (repository root)', () => {
  it('gives the changes and DB dependents the expected impact lists', async () => {
    const shop = path.resolve(PACKAGE_ROOT, '../../fixtures/shop');
    const migrations = await loadMigrations(shop, 'db/migrations');
    const isNew = (migration: Migration) => migration.file.endsWith('0005_customer_email_address_and_decimal_prices.up.sql');
    const newMigrations = migrations.filter(isNew);
    const { base, head } = await snapshotBeforeAndAfter(
      migrations.filter((migration) => !isNew(migration)),
      newMigrations,
      { cacheFile: TEST_CACHE_FILE },
    );
    const changes = diffSchemas(base, head, { migrations: newMigrations });
    expect(
      changes.map((change) => [
        `${change.kind}:${change.column.schema}.${change.column.table}.${change.column.column}`,
        change.migration,
        columnDependents(base, change.column).map((dependency) => `${dependency.object.kind} ${dependency.object.schema}.${dependency.object.name}`),
      ]),
    ).toEqual([
      [
        'column-renamed:public.customers.email',
        { file: 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql', line: 3 },
        ['index public.customers_email_lower_key', 'view public.customer_emails'],
      ],
      [
        'column-type-changed:public.order_items.price',
        { file: 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql', line: 9 },
        ['view public.order_totals'],
      ],
      [
        'column-dropped:public.orders.legacy_status',
        { file: 'db/migrations/0005_customer_email_address_and_decimal_prices.up.sql', line: 5 },
        [],
      ],
    ]);
  });
});
