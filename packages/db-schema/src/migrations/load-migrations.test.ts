import { isRippleError } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from './load-migrations.js';
import type { Migration, MigrationFormat } from './migration.js';

interface FormatCase {
  readonly dir: string;
  readonly format: MigrationFormat;
  /** version, name, up statements as `line:column`, down statements as `file:line:column` */
  readonly migrations: readonly (readonly [string, string, readonly string[], readonly string[] | undefined])[];
  /** The RENAME COLUMN statement, `file:line` */
  readonly rename: string;
  readonly diagnostics?: readonly string[];
}

const D = 'fixtures/formats';

const CASES: readonly FormatCase[] = [
  {
    dir: `${D}/sql-numbered`,
    format: 'sql-numbered',
    migrations: [
      ['0001', 'create_customers', ['1:1'], undefined],
      ['0002', 'rename_email', ['2:1'], ['0002_rename_email.down.sql:1:1']],
    ],
    rename: '0002_rename_email.sql:2',
  },
  {
    dir: `${D}/flyway`,
    format: 'flyway',
    migrations: [
      ['1', 'create_customers', ['1:1'], undefined],
      ['1.1', 'rename_email', ['2:1'], ['U1.1__rename_email.sql:1:1']],
      ['R', 'customer_emails', ['1:1'], undefined],
    ],
    rename: 'V1.1__rename_email.sql:2',
  },
  {
    dir: `${D}/golang-migrate`,
    format: 'golang-migrate',
    migrations: [
      ['000001', 'create_customers', ['1:1'], ['000001_create_customers.down.sql:1:1']],
      ['000002', 'rename_email', ['2:1'], ['000002_rename_email.down.sql:1:1']],
    ],
    rename: '000002_rename_email.up.sql:2',
  },
  {
    dir: `${D}/dbmate`,
    format: 'dbmate',
    migrations: [
      ['20240101120000', 'create_customers', ['2:1'], ['20240101120000_create_customers.sql:8:1']],
      ['20240102120000', 'rename_email', ['2:1'], ['20240102120000_rename_email.sql:5:1']],
    ],
    rename: '20240102120000_rename_email.sql:2',
  },
  {
    dir: `${D}/prisma/migrations`,
    format: 'prisma',
    migrations: [
      ['20240101120000', 'init', ['2:1'], undefined],
      ['20240102120000', 'rename_email', ['2:1'], undefined],
    ],
    rename: '20240102120000_rename_email/migration.sql:2',
  },
  {
    dir: `${D}/drizzle`,
    format: 'drizzle',
    migrations: [
      ['0000', 'init', ['1:1', '6:1'], undefined],
      ['0001', 'rename_email', ['1:1'], undefined],
    ],
    rename: '0001_rename_email.sql:1',
  },
  {
    dir: `${D}/node-pg-migrate`,
    format: 'node-pg-migrate',
    migrations: [
      ['1704067200000', 'create-customers', ['2:1'], ['1704067200000_create-customers.sql:8:1']],
      ['1704153600000', 'rename-email', ['2:1'], ['1704153600000_rename-email.sql:5:1']],
    ],
    rename: '1704153600000_rename-email.sql:2',
  },
  {
    dir: `${D}/typeorm`,
    format: 'typeorm',
    migrations: [
      ['1704067200000', 'CreateCustomers', ['7:30'], ['1704067200000-CreateCustomers.ts:11:30']],
      ['1704153600000', 'RenameEmail', ['4:17', '9:11'], ['1704153600000-RenameEmail.ts:13:30']],
    ],
    rename: '1704153600000-RenameEmail.ts:4',
  },
  {
    dir: `${D}/kysely`,
    format: 'kysely',
    migrations: [
      ['2024-01-01', 'create-customers', ['5:5'], ['2024-01-01-create-customers.ts:13:9']],
      ['2024-01-02', 'rename-email', ['4:18', '6:9'], ['2024-01-02-rename-email.ts:10:13']],
    ],
    rename: '2024-01-02-rename-email.ts:4',
  },
];

function summarise(migrations: readonly Migration[], dir: string) {
  const local = (file: string) => file.slice(dir.length + 1);
  return migrations.map((migration) => [
    migration.version,
    migration.name,
    migration.up.map((statement) => `${statement.line}:${statement.column}`),
    migration.down?.statements.map((statement) => `${local(statement.file)}:${statement.line}:${statement.column}`),
  ]);
}

describe.each(CASES)('loadMigrations: $format', (testCase) => {
  it('detects the format and reads versions, names, up and down statements at their positions', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    expect(migrations.map((migration) => migration.format)).toEqual(migrations.map(() => testCase.format));
    expect(summarise(migrations, testCase.dir)).toEqual(testCase.migrations);
    const diagnostics = migrations.flatMap((migration) => migration.diagnostics ?? []);
    expect(diagnostics.map((d) => `${d.location.file.slice(testCase.dir.length + 1)}:${d.location.line}:${d.location.column} ${d.message}`)).toEqual(
      testCase.diagnostics ?? [],
    );
  });

  it('applies on PGlite, and the diff finds the rename at its statement', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    const { base, head } = await snapshotBeforeAndAfter(migrations.slice(0, 1), migrations.slice(1), { cacheFile: TEST_CACHE_FILE });
    const [file, line] = testCase.rename.split(':');
    expect(diffSchemas(base, head, { migrations: migrations.slice(1) })).toEqual([
      {
        kind: 'column-renamed',
        column: { schema: 'public', table: 'customers', column: 'email' },
        newName: 'email_address',
        how: 'rename',
        migration: { file: `${testCase.dir}/${file}`, line: Number(line) },
      },
    ]);
  });
});

describe('prisma migrate folder names', () => {
  it('reads every folder with a migration.sql, in folder-name order: the baseline 0_init and a migration made with an empty name (20230328031049_)', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, `${D}/prisma-folder-names/migrations`);
    expect(migrations.map(({ format, version, name, file }) => ({ format, version, name, file: file.split('/migrations/')[1] }))).toEqual([
      { format: 'prisma', version: '0', name: 'init', file: '0_init/migration.sql' },
      { format: 'prisma', version: '20230328031049', name: '20230328031049_', file: '20230328031049_/migration.sql' },
      { format: 'prisma', version: '20230329000000', name: 'drop_legacy', file: '20230329000000_drop_legacy/migration.sql' },
    ]);
    expect(migrations[1]!.up.map((statement) => statement.sql)).toEqual(['ALTER TABLE "Tag" DROP COLUMN "collectionId"']);
  });
});

describe('drizzle-kit statement breakpoints', () => {
  it("cuts a file at its breakpoints as drizzle-kit's migrator does: a statement without `;` before one is still a statement (latitude-llm)", async () => {
    const dir = `${D}/drizzle-breakpoints`;
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    expect(migrations[1]!.up.map(({ line, column, sql, syntaxError }) => ({ at: `${line}:${column}`, sql: sql.split(' ').slice(0, 3).join(' '), syntaxError }))).toEqual([
      { at: '2:1', sql: 'UPDATE "customers" SET', syntaxError: undefined },
      { at: '5:1', sql: 'DELETE FROM "customers"', syntaxError: undefined },
      { at: '8:1', sql: 'ALTER TABLE "customers"', syntaxError: undefined },
      { at: '9:1', sql: 'ALTER TABLE "customers"', syntaxError: undefined },
    ]);
    const { base, head } = await snapshotBeforeAndAfter(migrations.slice(0, 1), migrations.slice(1), { cacheFile: TEST_CACHE_FILE });
    expect(diffSchemas(base, head, { migrations: migrations.slice(1) }).map((change) => `${change.kind} ${change.column.column}`)).toEqual([
      'column-nullability-changed email',
      'column-dropped legacy_email',
    ]);
  });
});

describe('goose', () => {
  const dir = `${D}/goose`;

  it("reads only each file's `-- +goose Up` section, honours `NO TRANSACTION`, and names a Go migration it cannot replay (hatchet's shape)", async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    expect(migrations.map((migration) => migration.format)).toEqual(['goose', 'goose', 'goose', 'goose']);
    expect(summarise(migrations, dir)).toEqual([
      ['20240115180414', 'init', ['3:1', '6:1'], ['20240115180414_init.sql:15:1', '20240115180414_init.sql:16:1']],
      ['20240703194656', 'v0_35_1', ['4:1'], ['20240703194656_v0_35_1.sql:7:1']],
      ['20251226153622', 'v1_0_66', [], undefined],
      ['20251229174938', 'v1_0_67', ['3:1', '6:1', '9:1'], ['20251229174938_v1_0_67.sql:14:1', '20251229174938_v1_0_67.sql:17:1']],
    ]);
    expect(migrations.map((migration) => migration.runnerTransaction)).toEqual([undefined, 'none', undefined, undefined]);
    expect(migrations.flatMap((migration) => migration.diagnostics ?? []).map((d) => [d.code, d.location.file.slice(dir.length + 1)])).toEqual([
      ['migration/not-static', '20251226153622_v1_0_66.go'],
    ]);
  });

  it('finds the drop the Up section makes, not the column its Down section adds back', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    const { base, head } = await snapshotBeforeAndAfter(migrations.slice(0, 3), migrations.slice(3), { cacheFile: TEST_CACHE_FILE });
    expect(diffSchemas(base, head, { migrations: migrations.slice(3) }).map((change) => [change.kind, 'column' in change ? change.column.column : undefined])).toEqual([
      ['column-dropped', 'uiVersion'],
    ]);
  });
});

describe('loadMigrations on bad input', () => {
  it('throws input/not-found for a missing directory', async () => {
    await expect(loadMigrations(PACKAGE_ROOT, 'fixtures/no-such-dir')).rejects.toMatchObject({
      code: 'input/not-found',
      message: 'migrations directory not found: fixtures/no-such-dir',
    });
  });

  it('throws migration/syntax-error at the position of the error', async () => {
    const error = await loadMigrations(PACKAGE_ROOT, 'fixtures/syntax-error/migrations').catch((caught: unknown) => caught);
    expect(isRippleError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'migration/syntax-error',
      message: 'syntax error at or near "text"',
      location: { file: 'fixtures/syntax-error/migrations/0002_add_phone.sql', line: 3, column: 41 },
    });
  });
});
