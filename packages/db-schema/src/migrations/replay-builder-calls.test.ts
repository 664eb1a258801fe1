import { beforeAll, describe, expect, it } from 'vitest';
import { knexLoader } from './knex/knex-loader.js';
import type { Migration } from './migration.js';
import { loadSqlParser } from './split-statements.js';
import { oneFileListing } from '../../test/one-file-listing.js';

/** One Knex migration file given as text, loaded through the real loader (the replay is what these tests pin). */
async function replayKnex(source: string, globals?: Readonly<Record<string, unknown>>): Promise<Migration> {
  const [migration] = await knexLoader.load(oneFileListing('20240101120000_case.js', source, globals));
  if (!migration) throw new Error('no migration read');
  return migration;
}

function shown(migration: Migration) {
  return {
    up: migration.up.map((statement) => `${statement.line}:${statement.column} ${statement.sql}`),
    diagnostics: (migration.diagnostics ?? []).map((d) => `${d.location.line}:${d.location.column} ${d.message}`),
  };
}

interface ReplayCase {
  readonly name: string;
  readonly source: string;
  readonly up: readonly string[];
  readonly diagnostics: readonly string[];
}

const CASES: readonly ReplayCase[] = [
  {
    name: 'chained builders, Promise.all and .then run in order, the library never executes',
    source: `exports.up = (knex) =>
  Promise.all([knex.schema.createTable('a', (t) => t.increments()), knex.schema.createTable('b', (t) => t.text('x'))])
    .then(() => knex.schema.renameTable('a', 'c').dropTable('b'));`,
    up: [
      '2:16 create table "a" ("id" serial primary key)',
      '2:69 create table "b" ("x" text)',
      '3:17 alter table "a" rename to "c"',
      '3:17 drop table "b"',
    ],
    diagnostics: [],
  },
  {
    name: 'builders made by map over a const array settle through Promise.all of a variable',
    source: `const TABLES = ['crop', 'field'];
exports.up = function (knex) {
  const promiseArray = TABLES.map((table) => knex.schema.alterTable(table, (t) => t.string('created_by_user_id')));
  return Promise.all(promiseArray);
};`,
    up: ['4:22 alter table "crop" add column "created_by_user_id" varchar(255)', '4:22 alter table "field" add column "created_by_user_id" varchar(255)'],
    diagnostics: [],
  },
  {
    name: 'for...of over a const array of the file, template strings and spread objects',
    source: `const TABLES = ['orders', 'invoices'];
const BASE = { nullable: true };
exports.up = async function (knex) {
  for (const table of TABLES) {
    await knex.schema.alterTable(table, (t) => {
      t.string(\`\${table}_ref\`, { ...BASE }.nullable ? 40 : 10);
    });
  }
};`,
    up: ['5:11 alter table "orders" add column "orders_ref" varchar(40)', '5:11 alter table "invoices" add column "invoices_ref" varchar(40)'],
    diagnostics: [],
  },
  {
    name: 'a value only known at run time skips its statement, named by line and call',
    source: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.string(process.env.COLUMN);
    t.dropColumn('legacy');
  });
  const rows = await knex('users').select('id');
  while (rows.length) rows.pop();
};`,
    up: ['2:9 alter table "users" drop column "legacy"', '6:22 select "id" from "users"'],
    diagnostics: [
      "3:5 t.string(...): `process` is not a literal, a const of this file or Knex's own object (if the migration runner sets it as a global, give its value in `migrations.globals` of ripple.config.json); its SQL is not applied",
      '7:3 while (rows.length): a while statement is not replayed; its SQL is not applied',
    ],
  },
  {
    name: 'the Function constructor and the seeder are out of reach: no code of the project is executed',
    source: `exports.up = (knex) => {
  knex.schema.constructor.constructor('throw new Error("ran")')();
  knex.seed.run({ directory: './seeds' });
  return knex.raw('CREATE TABLE t (id int)');
};`,
    up: ['4:20 CREATE TABLE t (id int)'],
    diagnostics: [
      `2:3 knex.schema.constructor.constructor('throw new Error("ran...(...): \`constructor\` is not read; its SQL is not applied`,
      '3:3 knex.seed.run(...): `knex.seed.run` reads a property of undefined; its SQL is not applied',
    ],
  },
  {
    name: 'hasTable/hasColumn guards are taken as passing; an else branch is reported',
    source: `exports.up = async (knex) => {
  if (!(await knex.schema.hasColumn('users', 'email'))) {
    await knex.schema.table('users', (t) => t.text('email'));
  } else {
    await knex.raw('SELECT 1');
  }
};`,
    up: ['3:11 alter table "users" add column "email" text'],
    diagnostics: ['4:10 else: the else branch of a hasTable/hasColumn guard is not replayed (guards are taken as passing); its SQL is not applied'],
  },
  {
    name: 'a hasTable/hasColumn answer held in a local guards the if that reads it, asking nothing; `if (exists) return;` lets the history go on',
    source: `exports.up = async (knex) => {
  const hasTable = await knex.schema.hasTable('users');
  if (!hasTable) {
    await knex.schema.createTable('users', (t) => t.increments());
  }
  const exists = await knex.schema.hasColumn('users', 'email');
  if (exists) return;
  await knex.schema.table('users', (t) => t.text('email'));
};`,
    up: ['4:11 create table "users" ("id" serial primary key)', '8:9 alter table "users" add column "email" text'],
    diagnostics: [],
  },
  {
    name: "a helper whose returned value is not static is reported where it returns, and the chain after it goes on (opencollective's users-add-firstname)",
    source: `const backfill = (knex) => {
  return knex.select('*').from('users').then((rows) => rows.forEach((row) => row));
};
exports.up = (knex) =>
  knex.schema.table('users', (t) => t.text('first_name'))
    .then(() => backfill(knex))
    .then(() => knex.schema.table('users', (t) => t.dropColumn('name')));`,
    up: ['5:3 alter table "users" add column "first_name" text', '2:10 select * from "users"', '7:17 alter table "users" drop column "name"'],
    diagnostics: ["2:10 knex.select('*').from('users').then(...): `rows.forEach` reads a property of undefined; its SQL is not applied"],
  },
  {
    name: 'a builder is never awaited through its own then: Promise.resolve, async callbacks, transactions, batchInsert',
    source: `exports.up = (knex) =>
  Promise.resolve(knex.schema.createTable('a', (t) => t.text('x')))
    .then(async () => knex.schema.createTable('b', (t) => t.text('y')))
    .then(() => knex.transaction(async (trx) => {
      await trx.batchInsert('a', [{ x: 'one' }, { x: 'two' }]);
      await trx.commit();
    }));`,
    up: [
      '2:19 create table "a" ("x" text)',
      '3:23 create table "b" ("y" text)',
      `5:13 insert into "a" ("x") values ('one'), ('two')`,
    ],
    diagnostics: [],
  },
  {
    name: 'a statement skipped for an argument leaves nothing half-made; JSON.stringify is static',
    source: `const { loadUnits } = require('../units');
exports.up = (knex) =>
  knex.schema.alterTable('farm', (t) => {
    t.jsonb('units').defaultTo(loadUnits()).alter();
    t.jsonb('settings').defaultTo(JSON.stringify({ currency: 'USD' }));
  });`,
    up: [`3:3 alter table "farm" add column "settings" jsonb default '{"currency":"USD"}'`],
    diagnostics: ["4:5 t.jsonb('units').defaultTo(loadUnits()).alter(...): `loadUnits` comes from '../units', which the replay does not run; its SQL is not applied"],
  },
  {
    name: "an argument the runner adds (atproto's `up(db, dialect)`) is PostgreSQL's dialect: its branch is replayed, the other dialect's not; a local takes an assigned value",
    source: `exports.up = async (knex, dialect) => {
  if (dialect === 'pg') {
    await knex.schema.alterTable('repo_seq', (t) => t.dropColumn('invalidatedBy'));
  } else {
    await knex.schema.dropTable('repo_seq');
  }
  if (dialect !== 'sqlite') await knex.schema.alterTable('repo_seq', (t) => t.smallint('invalidated'));
  if (dialect == 'mysql') await knex.schema.dropTable('other');
  let table = 'flags';
  table = dialect === 'pg' ? 'pg_flags' : 'sqlite_flags';
  await knex.schema.createTable(table, (t) => t.boolean('on'));
  if (dialect === 'oracle-ish') await knex.schema.dropTable('unknown');
  await knex.schema.createTable(dialect.name, (t) => t.integer('c'));
};`,
    up: [
      '3:11 alter table "repo_seq" drop column "invalidatedBy"',
      '7:35 alter table "repo_seq" add column "invalidated" smallint',
      '11:9 create table "pg_flags" ("on" boolean)',
    ],
    diagnostics: [
      "12:3 if (dialect === 'oracle-ish'): `dialect === 'oracle-ish'` compares an argument of the migration runner with what is not a dialect's name; its SQL is not applied",
      "13:9 knex.schema.createTable(...): `dialect.name` reads an argument only the migration runner knows; its SQL is not applied",
    ],
  },
  {
    name: "a function the file declares (automatisch's addDeletedColumn) is replayed with its arguments, one the body declares after its call too; a recursion is a diagnostic, never a hang",
    source: `async function addDeletedColumn(knex, tableName) {
  return await knex.schema.table(tableName, (table) => {
    table.timestamp('deleted_at').nullable();
  });
}

function again(knex, name) {
  return again(knex, name);
}

export async function up(knex) {
  await addDeletedColumn(knex, 'steps');
  await addDeletedColumn(knex, 'flows');
  await dropLegacy('users');
  await again(knex, 'never');

  function dropLegacy(tableName) {
    return knex.schema.table(tableName, (table) => table.dropColumn('legacy'));
  }
}`,
    up: [
      '2:16 alter table "steps" add column "deleted_at" timestamptz null',
      '2:16 alter table "flows" add column "deleted_at" timestamptz null',
      '18:12 alter table "users" drop column "legacy"',
    ],
    diagnostics: ["8:10 again(...): calling `again` nests calls of the file's functions deeper than 64 (a recursion); its SQL is not applied"],
  },
  {
    name: "a query awaited inside a schema builder's callback (automatisch's add_role_to_users) runs after the builder's own ALTER, as Knex sends them",
    source: `export async function up(knex) {
  return knex.schema.table('users', async (table) => {
    table.string('role');

    await knex('users').update({ role: 'admin' });
  });
}`,
    up: ['2:10 alter table "users" add column "role" varchar(255)', `5:11 update "users" set "role" = 'admin'`],
    diagnostics: [],
  },
];

describe('replayBuilderCalls (through the Knex loader)', () => {
  beforeAll(() => loadSqlParser());

  it.each(CASES)('$name', async (testCase) => {
    expect(shown(await replayKnex(testCase.source))).toEqual({ up: testCase.up, diagnostics: testCase.diagnostics });
  });

  it('stays linear on the worst shapes: 300 chained builders, 60 consts each used twice by the next', async () => {
    const chain = Array.from({ length: 300 }, (_, index) => `.createTable('t${index}', (t) => t.integer('c'))`).join('\n    ');
    const consts = Array.from({ length: 60 }, (_, index) => `const n${index + 1} = [n${index}, n${index}];`).join('\n');
    const path = '[0]'.repeat(60);
    const source = `const n0 = 'deep';
${consts}
exports.up = (knex) =>
  knex.schema
    ${chain}
    .createTable(n60${path}, (t) => t.integer('c'));`;
    const migration = await replayKnex(source);
    expect(migration.up).toHaveLength(301);
    expect(migration.up.at(-1)?.sql).toBe('create table "deep" ("c" integer)');
    expect(migration.diagnostics).toBeUndefined();
  });

  it('console calls write no SQL and are not replayed, whatever their arguments', async () => {
    const migration = await replayKnex(`exports.up = async (knex) => {
  const result = await knex.raw('UPDATE "Transactions" SET "kind" = \\'CONTRIBUTION\\' WHERE "kind" IS NULL');
  console.info(\`Updated \${result.rowCount} transactions\`);
  console.log('done');
};`);
    expect(shown(migration)).toEqual({ up: ['2:34 UPDATE "Transactions" SET "kind" = \'CONTRIBUTION\' WHERE "kind" IS NULL'], diagnostics: [] });
  });

  describe('runner globals (`migrations.globals`) and switch statements, in the shape of wiki.js 2.x', () => {
    // wiki.js's runner sets a global WIKI before it runs a migration; each migration branches on the database type.
    const WIKI_MIGRATION = `exports.up = async (knex) => {
  const dbCompat = {
    charset: (WIKI.config.db.type === 'mysql' || WIKI.config.db.type === 'mariadb'),
  }
  switch (WIKI.config.db.type) {
    case 'postgres':
      await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      // falls through
    case 'mysql':
    case 'mariadb':
      await knex.raw('CREATE TABLE "analytics" ("key" text)')
      break
    case 'sqlite':
      await knex.raw('PRAGMA foreign_keys = OFF')
      break
    default:
      await knex.raw('SELECT unknown_engine()')
  }
  return knex.schema.createTable('pages', (table) => {
    if (dbCompat.charset) { table.charset('utf8mb4') }
    table.increments('id').primary()
    table.string('path').notNullable()
  })
}`;

    it('a configured global picks the PostgreSQL clause, falls through to the next break, and is read as a constant', async () => {
      const migration = await replayKnex(WIKI_MIGRATION, { WIKI: { config: { db: { type: 'postgres' } } } });
      expect(shown(migration)).toEqual({
        up: [
          '7:23 CREATE EXTENSION IF NOT EXISTS pg_trgm',
          '11:23 CREATE TABLE "analytics" ("key" text)',
          '19:10 create table "pages" ("id" serial primary key, "path" varchar(255) not null)',
        ],
        diagnostics: [],
      });
    });

    it('a value no case names runs the default clause', async () => {
      const migration = await replayKnex(WIKI_MIGRATION, { WIKI: { config: { db: { type: 'mssql' } } } });
      expect(migration.up.map((statement) => statement.sql)).toEqual([
        'SELECT unknown_engine()',
        'create table "pages" ("id" serial primary key, "path" varchar(255) not null)',
      ]);
    });

    it('without the global each branch on it is a not-static diagnostic that names the config key, never a silent branch', async () => {
      const migration = await replayKnex(WIKI_MIGRATION);
      const hint = ' (if the migration runner sets it as a global, give its value in `migrations.globals` of ripple.config.json)';
      expect(shown(migration)).toEqual({
        up: ['19:10 create table "pages" ("id" serial primary key, "path" varchar(255) not null)'],
        diagnostics: [
          `2:3 const dbCompat =: \`WIKI\` is not a literal, a const of this file or Knex's own object${hint}; its SQL is not applied`,
          `5:3 switch (WIKI.config.db.type): \`WIKI\` is not a literal, a const of this file or Knex's own object${hint}; its SQL is not applied`,
          // A local of the function: no hint, the config cannot give it.
          "20:5 if (dbCompat.charset): `dbCompat` is not a literal, a const of this file or Knex's own object; its SQL is not applied",
        ],
      });
    });
  });
});
