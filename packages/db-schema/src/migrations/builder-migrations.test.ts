import type { ColumnChange } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from './load-migrations.js';
import type { Migration, MigrationFormat } from './migration.js';

/**
 * Builder migrations (Knex, Sequelize, db-migrate) replayed on the real library: each fixture is a short history
 * whose last migration renames, drops and retypes columns. The SQL is the library's own, at the call that made it.
 */
interface BuilderCase {
  readonly dir: string;
  readonly format: MigrationFormat;
  /** Per migration: `version name`, then each up statement as `line:column sql`. */
  readonly up: readonly (readonly [string, readonly string[]])[];
  /** `file:line:column message`, file relative to the fixture. */
  readonly diagnostics: readonly string[];
  /** The last migration against the ones before it: change kind, `table.column`, and the line of its statement. */
  readonly changes: readonly string[];
}

const D = 'fixtures/formats';

const CASES: readonly BuilderCase[] = [
  {
    dir: `${D}/knex`,
    format: 'knex',
    up: [
      [
        '20240101120000 create_users',
        [
          '5:10 create table "users" ("id" serial primary key, "email" varchar(255) not null, "hash_password" varchar(255) not null, "re_password" varchar(255), "age" integer, "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP)',
          '5:10 alter table "users" add constraint "users_email_unique" unique ("email")',
          '14:27 CREATE INDEX users_created_at_idx ON users (created_at)',
        ],
      ],
      [
        '20240105090000 create_pets',
        [
          `4:9 create table "pets" ("id" serial primary key, "name" varchar(100) not null, "status" text check ("status" in ('available', 'fostered', 'adopted')) not null default 'available', "owner_id" integer, "traits" jsonb default '{}', "adopted_at" timestamptz)`,
          '4:9 alter table "pets" add constraint "pets_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete SET NULL',
          '13:11 alter table "users" add column "phone" varchar(32)',
        ],
      ],
      [
        '20240110100000 change_users_columns',
        [
          '5:9 alter table "users" alter column "age" drop default',
          '5:9 alter table "users" alter column "age" drop not null',
          '5:9 alter table "users" alter column "age" type bigint using ("age"::bigint)',
          '5:9 alter table "users" rename "hash_password" to "password_hash"',
          '5:9 alter table "users" drop column "re_password"',
        ],
      ],
    ],
    diagnostics: [
      "20240110100000_change_users_columns.ts:11:5 auditColumns(...): `auditColumns` is not a literal, a const of this file or Knex's own object; its SQL is not applied",
    ],
    changes: ['column-type-changed users.age 5', 'column-renamed users.hash_password 5', 'column-dropped users.re_password 5'],
  },
];

function summarise(migrations: readonly Migration[]) {
  return migrations.map((migration) => [
    `${migration.version} ${migration.name}`,
    migration.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`),
  ]);
}

function describeChange(change: ColumnChange): string {
  return `${change.kind} ${change.column.table}.${change.column.column} ${change.migration?.line ?? '-'}`;
}

describe.each(CASES)('builder migrations: $format', (testCase) => {
  it('replays the builder calls on the real library into SQL at their calls, and reports what is not static', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    expect(migrations.map((migration) => migration.format)).toEqual(migrations.map(() => testCase.format));
    expect(summarise(migrations)).toEqual(testCase.up);
    const diagnostics = migrations.flatMap((migration) => migration.diagnostics ?? []);
    expect(diagnostics.map((d) => `${d.location.file.slice(testCase.dir.length + 1)}:${d.location.line}:${d.location.column} ${d.message}`)).toEqual(
      testCase.diagnostics,
    );
  });

  it('applies on PGlite, and the diff of the last migration finds the rename, the drop and the type change', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    const last = migrations.slice(-1);
    const { base, head } = await snapshotBeforeAndAfter(migrations.slice(0, -1), last, { cacheFile: TEST_CACHE_FILE });
    const changes = diffSchemas(base, head, { migrations: last });
    expect(changes.map(describeChange)).toEqual(testCase.changes);
    expect(changes.every((change) => change.migration?.file === last[0]?.file)).toBe(true);
  });
});
