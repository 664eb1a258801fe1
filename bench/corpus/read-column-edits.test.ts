import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { readColumnAdditions, readCommitEdits, readColumnEdits } from './read-column-edits.js';

beforeAll(() => loadModule());

describe('readColumnEdits', () => {
  it('reads drops, renames and type changes from a SQL migration, not added columns', () => {
    const sql = `ALTER TABLE "Survey" DROP COLUMN "status", ADD COLUMN "state" TEXT;\nALTER TABLE "Survey" ALTER COLUMN "pct" SET DATA TYPE DECIMAL(65,30);\nALTER TABLE users RENAME COLUMN email TO email_address;`;
    expect(readColumnEdits('m/1/migration.sql', sql)).toEqual([
      { table: 'Survey', column: 'pct', kind: 'retype', migration: 'm/1/migration.sql', via: 'sql' },
      { table: 'Survey', column: 'status', kind: 'drop', migration: 'm/1/migration.sql', via: 'sql' },
      { table: 'users', column: 'email', kind: 'rename', to: 'email_address', migration: 'm/1/migration.sql', via: 'sql' },
    ]);
  });

  it('reads a table a template interpolates from a const of the same file, not one it imports (nango 2026)', () => {
    const ts = "import type { Knex } from 'knex';\nimport { JOBS } from './tables.js';\nconst TABLE = 'records_seen';\nexport async function up(knex: Knex): Promise<void> {\n    await knex.raw(`ALTER TABLE \"${TABLE}\" DROP COLUMN sync_job_id`);\n    await knex.raw(`ALTER TABLE ${JOBS} DROP COLUMN attempt`);\n}\nexport async function down(): Promise<void> {}\n";
    expect(readColumnEdits('migrations/20260603120000_records_seen_drop_sync_job_id.ts', ts).map((edit) => `${edit.table}.${edit.column} ${edit.kind}`)).toEqual(['interpolated_table.attempt drop', 'records_seen.sync_job_id drop']);
  });

  it('names a table renamed earlier in the migration by its name before the migration (crowd.dev 2025)', () => {
    const sql = `ALTER PUBLICATION sequin_pub DROP TABLE "suiteAssessments";
ALTER TABLE "suiteAssessments" RENAME TO "assessments";
ALTER TABLE "assessments" RENAME COLUMN "suiteEvaluationId" TO "evaluationId";
ALTER TABLE public."assessments" DROP COLUMN "legacy";
ALTER TABLE other DROP COLUMN gone;`;
    expect(readColumnEdits('V1746542390__rename.sql', sql).map((edit) => `${edit.table}.${edit.column}:${edit.kind}`)).toEqual([
      'other.gone:drop',
      'suiteAssessments.legacy:drop',
      'suiteAssessments.suiteEvaluationId:rename',
    ]);
  });

  it("leaves out a later migration's edit of a column an earlier migration of the same commit adds (automatisch 2024)", () => {
    const dir = 'packages/backend/src/db/migrations';
    const migrations = [
      {
        file: `${dir}/20240326202110_add_not_nullable_to_app_key_of_app_auth_clients.js`,
        text: `export async function up(knex) {
  await knex.schema.table('app_auth_clients', (table) => {
    table.string('app_key').notNullable().alter();
  });
}`,
      },
      {
        file: `${dir}/20240326194638_add_app_key_to_app_auth_clients.js`,
        text: `export async function up(knex) {
  await knex.schema.table('app_auth_clients', (table) => {
    table.string('app_key');
  });
}
export async function down(knex) {
  await knex.schema.table('app_auth_clients', (table) => { table.dropColumn('app_key'); });
}`,
      },
      {
        file: `${dir}/20240326195748_remove_app_config_id_from_app_auth_clients.js`,
        text: `export async function up(knex) {
  await knex.schema.table('app_auth_clients', (table) => { table.dropColumn('app_config_id'); });
}`,
      },
    ];
    expect(readCommitEdits(migrations).map((edit) => `${edit.table}.${edit.column}:${edit.kind}`)).toEqual(['app_auth_clients.app_config_id:drop']);
  });

  it("reads Prisma's retype through a temporary column as that column retyped (dittofeed's segmentId_temp), and a new column renamed as no edit", () => {
    const edits = (text: string) => readColumnEdits('m/migration.sql', text).map((edit) => `${edit.table}.${edit.column}:${edit.kind}`);
    expect(
      edits(`ALTER TABLE "SegmentAssignment" ADD COLUMN "segmentId_temp" UUID NOT NULL;
UPDATE "SegmentAssignment" SET "segmentId_temp" = CAST("segmentId" AS UUID);
ALTER TABLE "SegmentAssignment" DROP COLUMN "segmentId";
ALTER TABLE "SegmentAssignment" RENAME COLUMN "segmentId_temp" TO "segmentId";`),
    ).toEqual(['SegmentAssignment.segmentId:retype']);
    expect(edits('ALTER TABLE t ADD COLUMN draft text; ALTER TABLE t RENAME COLUMN draft TO notes;')).toEqual([]);
    // atproto: the old column renamed first, a new one of its name added after: a rename of the old one.
    expect(edits('ALTER TABLE repo_seq RENAME COLUMN seq TO id; ALTER TABLE repo_seq ADD COLUMN seq bigint;')).toEqual(['repo_seq.seq:rename']);
  });

  it('reads the columns a migration adds in SQL, Sequelize, Kysely and Knex, not a Knex .alter() of one', () => {
    const added = (file: string, text: string) => readColumnAdditions(file, text).map((column) => `${column.table}.${column.column}`);
    expect(added('V2__a.sql', 'ALTER TABLE members ADD COLUMN "bio" text, DROP COLUMN x;')).toEqual(['members.bio']);
    expect(added('m.js', "up: (qi, S) => qi.addColumn('Tiers', 'customFields', { type: S.JSON })")).toContain('Tiers.customFields');
    expect(added('m.ts', "export async function up(db) { await db.schema.alterTable('repo_seq').addColumn('seq', 'bigint').execute() }")).toContain('repo_seq.seq');
    expect(added('m.js', "exports.up = (knex) => knex.schema.table('users', (t) => {\n  t.string('role');\n  t.text('bio').alter();\n});")).toEqual(['users.role']);
  });

  it('keeps the statements around one that does not parse', () => {
    expect(readColumnEdits('a.sql', '\\connect db;\nALTER TABLE t DROP COLUMN c;\n').map((edit) => `${edit.table}.${edit.column}`)).toEqual(['t.c']);
  });

  it('reads SQL strings and builder calls of the up half of a code migration, not its down half', () => {
    const knex = `export async function up(knex) {
  await knex.raw(\`ALTER TABLE "steps" DROP COLUMN "legacy"\`);
  return knex.schema.table('credentials', (table) => {
    table.dropColumn('display_name');
    table.renameColumn('key', 'app_key');
    table.string('name').notNullable().alter();
  });
}
export async function down(knex) {
  return knex.schema.table('credentials', (table) => { table.dropColumn('added_in_up'); });
}`;
    expect(readColumnEdits('m/2021_x.ts', knex).map((edit) => `${edit.table}.${edit.column}:${edit.kind}:${edit.via}`)).toEqual([
      'credentials.display_name:drop:builder',
      'credentials.key:rename:builder',
      'credentials.name:retype:builder',
      'steps.legacy:drop:sql',
    ]);
  });

  it('reads Sequelize queryInterface calls with the table as first argument', () => {
    const sequelize = `module.exports = {
  up: async (queryInterface) => {
    await queryInterface.removeColumn('Expenses', 'vat');
    await queryInterface.renameColumn('Users', 'seenAt', 'lastSeenAt');
    await queryInterface.changeColumn('Tiers', 'description', { type: Sequelize.TEXT });
  },
  down: async (queryInterface) => { await queryInterface.removeColumn('Expenses', 'other'); },
};`;
    expect(readColumnEdits('migrations/x.js', sequelize).map((edit) => `${edit.table}.${edit.column}:${edit.kind}`)).toEqual([
      'Expenses.vat:drop',
      'Tiers.description:retype',
      'Users.seenAt:rename',
    ]);
  });

  it('ends the up half at a `down: queryInterface =>` arrow with an unparenthesised parameter (opencollective-api 2018)', () => {
    const sequelize = `module.exports = {
  up: (queryInterface, Sequelize) => queryInterface.addColumn('Transactions', 'UsingVirtualCardFromCollectiveId', { type: Sequelize.INTEGER }),
  down: queryInterface => {
    return queryInterface.removeColumn('Transactions', 'UsingVirtualCardFromCollectiveId');
  },
};`;
    expect(readColumnEdits('migrations/x.js', sequelize)).toEqual([]);
  });

  it('reads a removeColumn followed by an addColumn of the same column as a retype (opencollective-api 2019)', () => {
    const sequelize = `module.exports = {
  up: (queryInterface, Sequelize) =>
    queryInterface.removeColumn('Tiers', 'customFields').then(() => queryInterface.addColumn('Tiers', 'customFields', { type: Sequelize.JSON })),
  down: (queryInterface, Sequelize) => queryInterface.removeColumn('Tiers', 'customFields'),
};`;
    expect(readColumnEdits('migrations/x.js', sequelize).map((edit) => `${edit.table}.${edit.column}:${edit.kind}`)).toEqual(['Tiers.customFields:retype']);
  });

  it('an addition undone in a .catch after a failure is new, not a retype; a changeColumn of a column the migration adds is no edit (opencollective-api 2016)', () => {
    const undone = `module.exports = {
  up: function (queryInterface, DataTypes) {
    return queryInterface.addColumn('Transactions', 'HostId', { type: DataTypes.INTEGER })
      .then(() => queryInterface.addColumn('Users', 'currency', { type: DataTypes.STRING }))
      .catch(() => queryInterface.removeColumn('Transactions', 'HostId').then(() => queryInterface.removeColumn('Users', 'currency')));
  },
  down: function (queryInterface) {
    return queryInterface.removeColumn('Transactions', 'HostId');
  },
};`;
    expect(readColumnEdits('migrations/x.js', undone)).toEqual([]);
    const addedThenChanged = `module.exports = {
  up: (queryInterface, DataTypes) =>
    queryInterface.addColumn('Members', 'since', { type: DataTypes.DATE })
      .then(() => queryInterface.sequelize.query('UPDATE "Members" SET "since" = "createdAt"'))
      .then(() => queryInterface.changeColumn('Members', 'since', { type: DataTypes.DATE, allowNull: false })),
  down: (queryInterface) => queryInterface.removeColumn('Members', 'since'),
};`;
    expect(readColumnEdits('migrations/y.js', addedThenChanged)).toEqual([]);
  });
});
