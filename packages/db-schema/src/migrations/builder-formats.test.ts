import type { ColumnChange } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, TEST_CACHE_FILE } from '../../test/test-cache-file.js';
import { snapshotBeforeAndAfter } from '../apply/snapshot-before-and-after.js';
import { diffSchemas } from '../diff/diff-schemas.js';
import { loadMigrations } from './load-migrations.js';
import type { MigrationFormat } from './migration.js';

/**
 * Formats whose SQL Ripple writes from code it reads statically (builder calls, tagged templates, bound parameters):
 * each fixture's last migration renames, drops and retypes a column; the exact SQL at its call, the exact
 * diagnostic for the call that cannot be read, and the exact changes once applied on PGlite.
 */
interface BuilderCase {
  readonly dir: string;
  readonly format: MigrationFormat;
  /** `file` of the last migration, relative to `dir` */
  readonly file: string;
  /** the last migration's up statements as `line:column sql` */
  readonly up: readonly string[];
  readonly diagnostics: readonly string[];
  /** kind, table.column, line of the statement */
  readonly changes: readonly string[];
}

const D = 'fixtures/formats';

const CASES: readonly BuilderCase[] = [
  {
    dir: `${D}/typeorm-schema-api`,
    format: 'typeorm',
    file: '1700000000001-UpdateWorkspace.ts',
    up: [
      '10:11 ALTER TABLE "workspace" RENAME COLUMN "displayName" TO "name"',
      '11:11 ALTER TABLE "workspace" DROP COLUMN "logo"',
      '12:11 ALTER TABLE "workspace" ALTER COLUMN "memberCount" TYPE bigint USING "memberCount"::bigint',
      '12:11 ALTER TABLE "workspace" ALTER COLUMN "memberCount" SET NOT NULL',
      '12:11 ALTER TABLE "workspace" ALTER COLUMN "memberCount" SET DEFAULT 0',
      '13:11 ALTER TABLE "user" ADD "locale" varchar(10)',
      '13:11 ALTER TABLE "user" ADD CONSTRAINT "UQ_bfcd805a29591063f9c81cc4276" UNIQUE ("locale")',
      `14:11 ALTER TABLE "user" ADD "role" varchar NOT NULL DEFAULT 'member'`,
      '14:11 ALTER TABLE "user" ADD "invitedById" integer',
      '18:11 ALTER TABLE "user" ADD CONSTRAINT "FK_01f9375efded3a7783162180430" FOREIGN KEY ("invitedById") REFERENCES "user"("id") ON DELETE SET NULL',
      `19:11 CREATE INDEX "IDX_user_role" ON "user"  ("role") WHERE "role" <> 'member'`,
      '20:30 CREATE VIEW "workspace_summary" AS SELECT "id", "name" FROM "workspace"',
      `22:8 INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (DEFAULT, 'public', DEFAULT, 'VIEW', 'workspace_summary', 'SELECT "id", "name" FROM "workspace"')`,
    ],
    diagnostics: ['25:45 queryRunner.query(...): in the SQL, `this.tablePrefix` is not a constant of this file; its SQL is not applied'],
    changes: [
      'column-added user.invitedById 14',
      'column-added user.locale 13',
      'column-added user.role 14',
      'column-renamed workspace.displayName 10',
      'column-dropped workspace.logo 11',
      'column-type-changed workspace.memberCount 12',
    ],
  },
  {
    dir: `${D}/lucid`,
    format: 'lucid',
    file: '1700000000001_alter_users_table.ts',
    up: [
      '10:5 alter table "users" add column "default_lesson_panel" integer not null default \'1\'',
      // Knex's `.alter()` drops the default and restates the column, as Lucid sends it.
      '10:5 alter table "users" alter column "login_count" drop default',
      '10:5 alter table "users" alter column "login_count" drop not null',
      '10:5 alter table "users" alter column "login_count" type bigint using ("login_count"::bigint)',
      '10:5 alter table "users" alter column "login_count" set not null',
      '10:5 alter table "users" rename "theme" to "color_scheme"',
      // The deferred callback, in its place between the two schema calls; `#enums/lesson_panels` read through the
      // package.json's "imports".
      '17:13 update "users" set "default_lesson_panel" = 2 where "is_enabled_transcript" = true',
      '18:13 UPDATE users SET default_lesson_panel = 3 WHERE login_count > 100',
      '22:5 alter table "users" drop column "is_enabled_transcript"',
    ],
    // A property the class does not declare is not known.
    diagnostics: ["19:13 db.from('users').update(...): `this.theme` is no property the migration class sets to a literal; its SQL is not applied"],
    changes: [
      'column-added users.default_lesson_panel 10',
      'column-default-changed users.login_count 10',
      'column-renamed users.theme 10',
      'column-type-changed users.login_count 10',
      'column-dropped users.is_enabled_transcript 22',
    ],
  },
  {
    dir: `${D}/node-pg-migrate-builder`,
    format: 'node-pg-migrate',
    file: '1704153600000_rename-email.ts',
    up: [
      '8:3 ALTER TABLE "accounts" RENAME "email" TO "email_address"',
      '9:3 ALTER TABLE "accounts"\n  DROP "nickname"',
      '10:3 ALTER TABLE "accounts"\n  ALTER "balance" SET DATA TYPE bigint USING balance::bigint',
      '11:3 ALTER TABLE "accounts"\n  ADD "updatedAt" timestamptz DEFAULT now() NOT NULL',
      '14:3 ALTER TABLE "accounts"\n  ADD CONSTRAINT "accounts_balance_positive" CHECK (balance >= 0)',
      "15:12 COMMENT ON COLUMN accounts.email_address IS 'Where receipts go'",
    ],
    diagnostics: ['17:5 pgm.createIndex(...): `column` is not a constant of this file; its SQL is not applied'],
    changes: [
      'column-type-changed accounts.balance 10',
      'column-renamed accounts.email 8',
      'column-dropped accounts.nickname 9',
      'column-added accounts.updatedAt 11',
    ],
  },
  {
    dir: `${D}/mikro-orm`,
    format: 'mikro-orm',
    file: 'Migration20240102120000_rename_email.ts',
    up: [
      '7:18 alter table "customers" rename column "email" to "email_address"',
      '8:18 alter table "customers" drop column "phone"',
      '9:18 alter table "customers"\n      alter column "age" type bigint using ("age"::bigint)',
      '11:25 update "customers" set "age" = 0 where "age" is null',
    ],
    diagnostics: [
      '12:17 this.addSql(...): the SQL is not a string literal; its SQL is not applied',
    ],
    changes: ['column-type-changed customers.age 9', 'column-renamed customers.email 7', 'column-dropped customers.phone 8'],
  },
  {
    dir: `${D}/kysely-builder`,
    format: 'kysely',
    file: '20240110T090000000Z-profile-names.ts',
    up: [
      '4:9 alter table "profile" rename column "displayName" to "display_name"',
      '5:9 alter table "profile" drop column "bannerCid"',
      '6:9 alter table "profile_agg" alter column "followersCount" type bigint',
      '10:9 alter table "profile" add column "createdAt" timestamptz default now() not null',
      `14:9 update "profile" set "indexedAt" = '1970-01-01' where "indexedAt" = ''`,
    ],
    diagnostics: [
      "1:1 20240105T120000000Z-abandoned.ts is not exported from fixtures/formats/kysely-builder/index.ts: Kysely's Migrator never runs it, so it is left out",
      "16:3 const creators = await db.selectFrom('profile').select('c...: the query reads rows from the database, which a replay does not have; its SQL is not applied",
      "17:3 for (const { creator } of creators): `creators` is not a literal, a const of this file or Kysely's own object; its SQL is not applied",
    ],
    changes: [
      'column-added profile.createdAt 10',
      'column-dropped profile.bannerCid 5',
      'column-renamed profile.displayName 4',
      'column-type-changed profile_agg.followersCount 6',
    ],
  },
  {
    dir: `${D}/sql-template`,
    format: 'sql-template',
    file: '2024.01.02T12.00.00.rename-email.ts',
    up: [
      '8:33 ALTER TABLE "customers" RENAME COLUMN email TO email_address',
      '9:33 ALTER TABLE customers DROP COLUMN phone',
      '11:7 ALTER TABLE customers ALTER COLUMN age TYPE bigint',
      '13:33 UPDATE customers SET age = 0 WHERE age IS NULL',
    ],
    diagnostics: [
      '15:24 sql.unsafe`...`: the sql template substitutes `sql.identifier([table])`, not a constant of this file; its SQL is not applied',
    ],
    changes: ['column-type-changed customers.age 11', 'column-renamed customers.email 8', 'column-dropped customers.phone 9'],
  },
];

function describeChange(change: ColumnChange): string {
  return `${change.kind} ${change.column.table}.${change.column.column} ${change.migration?.line ?? '-'}`;
}

describe.each(CASES)('builder format: $format ($dir)', (testCase) => {
  it('writes the SQL of each call at its position and reports the call it cannot read', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    expect(migrations.map((migration) => migration.format)).toEqual(migrations.map(() => testCase.format));
    const last = migrations.at(-1)!;
    expect(last.file).toBe(`${testCase.dir}/${testCase.file}`);
    expect(last.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`)).toEqual(testCase.up);
    expect(migrations.flatMap((migration) => migration.diagnostics ?? []).map((d) => `${d.location.line}:${d.location.column} ${d.message}`)).toEqual(
      testCase.diagnostics,
    );
  });

  it('applies on PGlite, and the diff finds the rename, the drop and the type change at their calls', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, testCase.dir);
    const { base, head } = await snapshotBeforeAndAfter(migrations.slice(0, -1), migrations.slice(-1), { cacheFile: TEST_CACHE_FILE });
    const changes = diffSchemas(base, head, { migrations: migrations.slice(-1) });
    expect(changes.map(describeChange).sort()).toEqual([...testCase.changes].sort());
    expect(changes.every((change) => change.migration?.file === `${testCase.dir}/${testCase.file}`)).toBe(true);
  });
});

describe('TypeORM run-time objects and migration contexts', () => {
  it('gives a migration that writes typeorm_metadata, or uses uuid_generate_v4(), what TypeORM makes before it', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, `${D}/typeorm-schema-api`);
    expect(migrations.map((migration) => migration.setup?.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`))).toEqual([
      ['1:1 CREATE EXTENSION IF NOT EXISTS "uuid-ossp"'],
      [
        '1:1 CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)',
      ],
    ]);
  });

  it("reads n8n's destructured context: queryRunner calls are read, the table prefix and hasColumn are reported", async () => {
    const [migration] = await loadMigrations(PACKAGE_ROOT, `${D}/typeorm-context`);
    expect(migration!.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`)).toEqual([
      '7:30 CREATE TABLE "workflow_entity" ("id" varchar(36) PRIMARY KEY, "name" varchar(128) NOT NULL)',
      '10:13 ALTER TABLE "workflow_entity" ADD "active" boolean NOT NULL DEFAULT false',
    ]);
    expect(migration!.down?.statements.map((statement) => statement.sql)).toEqual(['DROP TABLE "workflow_entity"']);
    expect(migration!.diagnostics?.map((d) => `${d.location.line}:${d.location.column} ${d.message}`)).toEqual([
      '8:50 queryRunner.query(...): in the SQL, `tablePrefix` is not a constant of this file; its SQL is not applied',
      '9:17 queryRunner.hasColumn(...): a question to the live database, taken as letting the statements it guards run; its SQL is not applied',
    ]);
  });
});

describe('AdonisJS Lucid', () => {
  it("replays a deferred callback's rows through Lucid's insert query builder (`db.table(t).multiInsert(rows)`) after the table it fills", async () => {
    const [first] = await loadMigrations(PACKAGE_ROOT, `${D}/lucid`);
    expect(first!.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql.slice(0, 60)}`)).toEqual([
      '7:5 create table "users" ("id" serial primary key, "email" varch',
      '7:5 alter table "users" add constraint "users_email_unique" uniq',
      `18:13 insert into "users" ("email", "theme") values ('editor@adoca`,
    ]);
  });
});

describe('sql-template detection', () => {
  it.each([
    [`${D}/drizzle-with-migrate-script`, 'drizzle'],
    [`${D}/kysely`, 'kysely'],
    [`${D}/knex`, 'knex'],
    [`${D}/typeorm`, 'typeorm'],
    [`${D}/sql-template`, 'sql-template'],
  ])('reads %s as %s', async (dir, format) => {
    const migrations = await loadMigrations(PACKAGE_ROOT, dir);
    expect(new Set(migrations.map((migration) => migration.format))).toEqual(new Set([format]));
  });
});

describe('node-pg-migrate down', () => {
  it('infers the down node-pg-migrate would run for a file without one, and none for `down = false`', async () => {
    const migrations = await loadMigrations(PACKAGE_ROOT, `${D}/node-pg-migrate-builder`);
    expect(migrations.map((migration) => migration.down?.statements.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`))).toEqual([
      ['18:3 DROP INDEX "accounts_status_index"', '10:3 DROP TABLE "accounts"', '9:3 DROP TYPE "account_status"'],
      undefined,
    ]);
  });
});

describe('MikroORM SQL in a method-local const', () => {
  it("places the statement at the const's text, not at the call", async () => {
    const [first] = await loadMigrations(PACKAGE_ROOT, `${D}/mikro-orm`);
    expect(first!.up.map((statement) => `${statement.line}:${statement.column}`)).toEqual(['6:7']);
  });
});

describe('MikroORM SQL template with substitutions that are not constants (medusa\'s helper between CREATE TABLEs)', () => {
  it('applies the statements around them: a part between statements is left out alone, one inside a statement leaves that statement out; each said', async () => {
    const [migration] = await loadMigrations(PACKAGE_ROOT, `${D}/mikro-orm-template-calls`);
    expect(migration!.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql.replace(/\s+/g, ' ').slice(0, 60)}`)).toEqual([
      '7:7 CREATE TABLE IF NOT EXISTS "order" ( "id" TEXT NOT NULL, "st',
      '16:7 CREATE INDEX IF NOT EXISTS "IDX_order_display_id" ON "order"',
      '20:7 CREATE TABLE IF NOT EXISTS "order_line_item" ( "id" TEXT NOT',
    ]);
    expect(migration!.diagnostics?.map((diagnostic) => `${diagnostic.location.line} ${diagnostic.code} ${diagnostic.message}`)).toEqual([
      "14 migration/not-static this.addSql(...): in the SQL, `generatePostgresAlterColummnIfExistStatement('order', ['s...` is not a constant of this file; that part is left out, the statements around it apply",
      '18 migration/not-static this.addSql(...): in the SQL, `columnName()` is not a constant of this file; that part is left out, the statements around it apply',
    ]);
  });
});
