import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser } from '../split-statements.js';
import { kyselyLoader } from './kysely-loader.js';
import { oneFileListing } from '../../../test/one-file-listing.js';

/** One Kysely migration file given as text, loaded through the real loader: its up SQL and diagnostics. */
async function replayKysely(source: string) {
  const [migration] = await kyselyLoader.load(oneFileListing('20230328T214311004Z-profile-display-name-empty.ts', source));
  if (!migration) throw new Error('no migration read');
  return {
    up: migration.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`),
    diagnostics: (migration.diagnostics ?? []).map((d) => `${d.location.line}:${d.location.column} ${d.message}`),
  };
}

describe('kyselyLoader', () => {
  beforeAll(() => loadSqlParser());

  it("replays Kysely 0.22's alterColumn(column).dropNotNull() chain (atproto 2023) as today's alterColumn(column, (col) => ...); the rest of db is Kysely's own (db.fn.min)", async () => {
    const replayed = await replayKysely(`import { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>, dialect): Promise<void> {
  if (dialect === 'pg') {
    await db.schema.alterTable('profile').alterColumn('displayName').dropNotNull().execute()
    await db.schema.alterTable('profile').alterColumn('avatarCid').setDataType('text').execute()
    await db.schema.alterTable('profile').alterColumn('bannerCid').setDefault('none').execute()
    await db.schema.withSchema('app').alterTable('post').alterColumn('text').setNotNull().execute()
    await db.schema.alterTable('post').alterColumn('lang', (col) => col.dropDefault()).execute()
    await db.insertInto('post_temp').expression((exp) => exp.selectFrom('post').select(db.fn.min('uri').as('uri'))).execute()
    return
  }
  await db.schema.dropTable('profile').execute()
}`);
    expect(replayed).toEqual({
      up: [
        '5:11 alter table "profile" alter column "displayName" drop not null',
        '6:11 alter table "profile" alter column "avatarCid" type text',
        `7:11 alter table "profile" alter column "bannerCid" set default 'none'`,
        '8:11 alter table "app"."post" alter column "text" set not null',
        '9:11 alter table "post" alter column "lang" drop default',
        '10:11 insert into "post_temp" select min("uri") as "uri" from "post"',
      ],
      diagnostics: [],
    });
  });

  it("names a method today's Kysely no longer has (0.26's orWhere, atproto 2023) and the statement is left out", async () => {
    const replayed = await replayKysely(`export async function up(db) {
  await db
    .deleteFrom('duplicate_record')
    .where('duplicateOf', 'in', db.selectFrom('assertion').select('assertion.uri'))
    .orWhere('duplicateOf', 'in', db.selectFrom('assertion').select('assertion.confirmUri'))
    .execute()
  await db.schema.dropTable('assertion').execute()
}`);
    expect(replayed).toEqual({
      up: ['7:9 drop table "assertion"'],
      diagnostics: [
        "2:9 db .deleteFrom('duplicate_record') .where('duplicateOf', ...(...): `orWhere` is not a method of Kysely's `db .deleteFrom('duplicate_record') .w...` (not in the version Ripple runs; an older one may have had it); its SQL is not applied",
      ],
    });
  });
});
