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
  /** Per migration: `version name`, then each up statement as `line:column sql` (`file:line:column sql` in another file). */
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
      ['202401051200 index_pets_status', ['2:24 create index "pets_status_index" on "pets" ("status")']],
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
      "20240110100000_change_users_columns.ts:11:5 auditColumns(...): `auditColumns` from '../helpers/audit-columns' is not read: no such file of the repository next to fixtures/formats/knex/20240110100000_change_users_columns.ts; its SQL is not applied",
    ],
    changes: ['column-type-changed users.age 5', 'column-renamed users.hash_password 5', 'column-dropped users.re_password 5'],
  },
  {
    dir: `${D}/sequelize`,
    format: 'sequelize',
    up: [
      [
        '20240101120000 create-user',
        [
          `5:11 DO 'BEGIN CREATE TYPE "public"."enum_Users_role" AS ENUM(''member'', ''admin''); EXCEPTION WHEN duplicate_object THEN null; END'`,
          `5:11 CREATE TABLE IF NOT EXISTS "Users" ("id"   SERIAL , "firstName" VARCHAR(255), "lastName" VARCHAR(255), "email" VARCHAR(255) NOT NULL UNIQUE, "role" "public"."enum_Users_role" NOT NULL DEFAULT 'member', "loginCount" INTEGER DEFAULT 0, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"))`,
        ],
      ],
      [
        '20240102093000 create-project',
        [
          '7:11 CREATE TABLE IF NOT EXISTS "Projects" ("id" UUID DEFAULT gen_random_uuid() , "ownerId" INTEGER NOT NULL REFERENCES "Users" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "title" VARCHAR(120) NOT NULL, "budget" DECIMAL(10,2), "tags" TEXT[] DEFAULT ARRAY[]::TEXT[], "settings" JSONB, "startsOn" DATE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"))',
          '28:11 CREATE UNIQUE INDEX "projects_owner_title" ON "Projects" ("ownerId", "title")',
        ],
      ],
      [
        '20240105110000 add-user-phone',
        [
          '6:13 ALTER TABLE "public"."Users" ADD COLUMN "phone" VARCHAR(32)',
          '7:45 UPDATE "Users" SET "loginCount" = 0 WHERE "loginCount" IS NULL',
          `8:13 UPDATE "Users" SET "role" = 'admin' WHERE "email" LIKE '%@example.org'`,
        ],
      ],
      [
        '20240110150000 rename-names-drop-login-count',
        [
          '9:13 ALTER TABLE "Users" RENAME COLUMN "firstName" TO "givenName"',
          '10:13 ALTER TABLE "public"."Users" DROP COLUMN "loginCount"',
          '11:13 ALTER TABLE "Projects" ALTER COLUMN "budget" DROP NOT NULL',
          '11:13 ALTER TABLE "Projects" ALTER COLUMN "budget" DROP DEFAULT',
          '11:13 ALTER TABLE "Projects" ALTER COLUMN "budget" TYPE BIGINT',
        ],
      ],
    ],
    diagnostics: [
      "20240110150000-rename-names-drop-login-count.js:12:13 queryInterface.bulkInsert(...): `seedDefaults` from '../seeders/defaults' is not read: no such file of the repository next to fixtures/formats/sequelize/20240110150000-rename-names-drop-login-count.js; its SQL is not applied",
    ],
    changes: ['column-type-changed Projects.budget 11', 'column-renamed Users.firstName 9', 'column-dropped Users.loginCount 10'],
  },
  {
    // hedgedoc's shape: table and column names required from a workspace package (`const enum`s behind `export *`,
    // its `main` a build that is not committed), CommonJS constants imported relatively, a helper function that is
    // not a constant. Before, every call using them was not static: 35 in hedgedoc's one migration, 0 statements.
    dir: `${D}/knex-workspace/backend/src/database/migrations`,
    format: 'knex',
    up: [
      [
        '20250312211152 initial',
        [
          '14:9 create table "user" ("id" serial primary key, "username" varchar(255) null, "display_name" varchar(255) not null, "photo" varchar(255) null, "author_style" integer not null)',
          '14:9 alter table "user" add constraint "user_username_unique" unique ("username")',
          `22:9 create table "note" ("id" serial primary key, "title" varchar(255) not null, "type" text check ("type" in ('document', 'slide')) not null, "visibility" integer not null default '1', "owner_id" integer, "legacy_alias" varchar(255) null)`,
          '22:9 alter table "note" add constraint "note_owner_id_foreign" foreign key ("owner_id") references "user" ("id") on delete CASCADE',
        ],
      ],
      [
        '20250401090000 rename_photo_drop_alias',
        [
          '9:9 alter table "user" alter column "author_style" drop default',
          '9:9 alter table "user" alter column "author_style" drop not null',
          '9:9 alter table "user" alter column "author_style" type integer using ("author_style"::integer)',
          `9:9 alter table "user" alter column "author_style" set default '0'`,
          '9:9 alter table "user" alter column "author_style" set not null',
          '9:9 alter table "user" rename "photo" to "photo_url"',
          '13:9 alter table "note" alter column "title" drop default',
          '13:9 alter table "note" alter column "title" drop not null',
          '13:9 alter table "note" alter column "title" type varchar(512) using ("title"::varchar(512))',
          '13:9 alter table "note" alter column "title" set not null',
          '13:9 alter table "note" drop column "legacy_alias"',
        ],
      ],
    ],
    diagnostics: [
      "20250401090000_rename_photo_drop_alias.ts:17:72 in fixtures/formats/knex-workspace/backend/src/database/helpers/styles.ts:2: seed % 8: `seed % 8` is not read statically; its SQL is not applied",
      "20250401090000_rename_photo_drop_alias.ts:17:9 knex(database.TableUser).update(...): Knex rejected it: Empty .update() call detected! Update data does not contain any values to update. This will result in a faulty query. Table: user. Columns: author_style.; its SQL is not applied",
    ],
    changes: ['column-dropped note.legacy_alias 13', 'column-type-changed note.title 13', 'column-default-changed user.author_style 9', 'column-renamed user.photo 9'],
  },
  {
    // opencollective-api's 2015 shape: `references: 'Users', referencesKey: 'id'` (Sequelize 1 to 3) and a run-time
    // `defaultValue`; before, each such call was skipped whole and 78 of the history's 111 statements failed after it.
    // Bluebird's `.tap` (createTable(...).tap(() => addColumn(...))): before, the table and the column were skipped.
    dir: `${D}/sequelize-legacy`,
    format: 'sequelize',
    up: [
      [
        '00 user-model',
        ['8:12 CREATE TABLE IF NOT EXISTS "Users" ("id"  SERIAL , "email" VARCHAR(255) NOT NULL UNIQUE, "_salt" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE, PRIMARY KEY ("id"))'],
      ],
      [
        '01 group-model',
        [
          `5:12 DO 'BEGIN CREATE TYPE "public"."enum_Groups_membership_type" AS ENUM(''donation'', ''monthlyfee'', ''yearlyfee''); EXCEPTION WHEN duplicate_object THEN null; END'`,
          '5:12 CREATE TABLE IF NOT EXISTS "Groups" ("id"  SERIAL , "name" VARCHAR(255), "membership_type" "public"."enum_Groups_membership_type", "UserId" INTEGER REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"))',
        ],
      ],
      ['20151030150110 add-group-to-users', ['5:12 ALTER TABLE "public"."Users" ADD COLUMN "GroupId" INTEGER REFERENCES "Groups" ("id") ON DELETE SET NULL ON UPDATE CASCADE']],
      [
        '20151101000000 add-expenses-table',
        [
          '5:12 CREATE TABLE IF NOT EXISTS "Expenses" ("id"  SERIAL , "title" VARCHAR(255), "GroupId" INTEGER REFERENCES "Groups" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"))',
          '23:18 ALTER TABLE "public"."Users" ADD COLUMN "ExpenseId" INTEGER REFERENCES "Expenses" ("id") ON DELETE SET NULL ON UPDATE CASCADE',
        ],
      ],
      [
        '20160101120000 rename-membership-type-drop-salt',
        [
          '5:12 ALTER TABLE "Groups" RENAME COLUMN "membership_type" TO "membershipType"',
          '7:16 ALTER TABLE "public"."Users" DROP COLUMN "_salt"',
          '10:16 ALTER TABLE "Groups" ALTER COLUMN "name" DROP NOT NULL',
          '10:16 ALTER TABLE "Groups" ALTER COLUMN "name" DROP DEFAULT',
          '10:16 ALTER TABLE "Groups" ALTER COLUMN "name" TYPE TEXT',
        ],
      ],
    ],
    diagnostics: [
      "00-user-model.js:24:9 `defaultValue: bcrypt.genSaltSync(SALT...`: `SALT_WORK_FACTOR` is not a literal, a const of this file or Sequelize's own object; the column is created without its defaultValue",
    ],
    changes: ['column-renamed Groups.membership_type 5', 'column-type-changed Groups.name 10', 'column-dropped Users._salt 7'],
  },
  {
    dir: `${D}/sequelize-umzug`,
    format: 'sequelize',
    up: [
      [
        '00001 create-orders',
        [
          `5:9 DO 'BEGIN CREATE TYPE "public"."enum_orders_status" AS ENUM(''pending'', ''paid'', ''shipped''); EXCEPTION WHEN duplicate_object THEN null; END'`,
          `5:9 CREATE TABLE IF NOT EXISTS "orders" ("id" UUID , "status" "public"."enum_orders_status" NOT NULL DEFAULT 'pending', "total_cents" INTEGER NOT NULL, "note" TEXT, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"))`,
        ],
      ],
      [
        '00002 rename-total-drop-note',
        [
          '6:9 ALTER TABLE "orders" RENAME COLUMN "total_cents" TO "amount_cents"',
          '7:9 ALTER TABLE "orders" ALTER COLUMN "amount_cents" SET NOT NULL',
          '7:9 ALTER TABLE "orders" ALTER COLUMN "amount_cents" DROP DEFAULT',
          '7:9 ALTER TABLE "orders" ALTER COLUMN "amount_cents" TYPE BIGINT',
          '8:26 ALTER TABLE orders DROP COLUMN note',
        ],
      ],
    ],
    diagnostics: [
    ],
    changes: ['column-dropped orders.note 8', 'column-renamed orders.total_cents 6', 'column-type-changed orders.total_cents 7'],
  },
  {
    dir: `${D}/db-migrate`,
    format: 'db-migrate',
    up: [
      [
        '20240101120000 create-accounts',
        [
          '18:3 CREATE TABLE  "accounts" ("id"   SERIAL PRIMARY KEY, "username" VARCHAR (64) NOT NULL UNIQUE, "legacy_token" VARCHAR  , "created_at" TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP)',
        ],
      ],
      [
        '20240102120000 create-pets',
        [
          '6:3 CREATE TABLE  "pets" ("id"   SERIAL PRIMARY KEY, "name" VARCHAR  NOT NULL, "weight" INTEGER  , "owner_id" INTEGER  )',
          '6:3 ALTER TABLE "pets" ADD CONSTRAINT "pets_owner_id_fk" FOREIGN KEY ("owner_id") REFERENCES "accounts" ("id") ON DELETE CASCADE ON UPDATE NO ACTION',
          '6:3 CREATE  INDEX "pets_owner_id_idx" ON "pets" ("owner_id")',
        ],
      ],
      [
        '20240103120000 add-species',
        [
          `sqls/20240103120000-add-species-up.sql:2:1 ALTER TABLE pets ADD COLUMN species varchar(32) NOT NULL DEFAULT 'dog'`,
          'sqls/20240103120000-add-species-up.sql:3:1 CREATE INDEX pets_species_idx ON pets (species)',
        ],
      ],
      [
        '20240110120000 rename-username-drop-token',
        [
          '6:9 ALTER TABLE "accounts" RENAME COLUMN "username" TO "handle"',
          '7:9 ALTER TABLE "accounts" DROP COLUMN "legacy_token"',
          '8:9 ALTER TABLE "pets" ALTER COLUMN "weight" DROP NOT NULL',
          '8:9 ALTER TABLE "pets" ALTER COLUMN "weight" DROP DEFAULT',
          '8:9 ALTER TABLE "pets" ALTER COLUMN "weight" TYPE DECIMAL (6,2) USING "weight"::DECIMAL',
          `9:20 COMMENT ON COLUMN pets.weight IS 'kilograms'`,
        ],
      ],
    ],
    diagnostics: [
      "20240110120000-rename-username-drop-token.js:10:3 for (const column of PET_COLUMNS): `PET_COLUMNS` from '../lib/pet-columns' is not read: no such file of the repository next to fixtures/formats/db-migrate/20240110120000-rename-username-drop-token.js; its SQL is not applied",
    ],
    changes: ['column-dropped accounts.legacy_token 7', 'column-renamed accounts.username 6', 'column-type-changed pets.weight 8'],
  },
];

function summarise(migrations: readonly Migration[], dir: string) {
  return migrations.map((migration) => [
    `${migration.version} ${migration.name}`,
    migration.up.map((statement) => {
      const file = statement.file === migration.file ? '' : `${statement.file.slice(dir.length + 1)}:`;
      return `${file}${statement.line}:${statement.column} ${statement.sql}`;
    }),
  ]);
}

function describeChange(change: ColumnChange): string {
  return `${change.kind} ${change.column.table}.${change.column.column} ${change.migration?.line ?? '-'}`;
}

describe.each(CASES)('builder migrations: $format', (testCase) => {
  it('replays the builder calls on the real library into SQL at their calls, and reports what is not static', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    expect(migrations.map((migration) => migration.format)).toEqual(migrations.map(() => testCase.format));
    expect(summarise(migrations, testCase.dir)).toEqual(testCase.up);
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
