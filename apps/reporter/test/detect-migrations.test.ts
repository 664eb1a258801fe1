import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isRippleError, type RippleError } from '@ripple/model';
import { afterAll, describe, expect, it } from 'vitest';
import { DETECTION_MAX_DEPTH, detectMigrations } from '../src/config/detect-migrations.js';
import { resolveConfig } from '../src/config/load-config.js';
import { analyseRepository } from '../src/pipeline/analyse-repository.js';
import { renderReport } from '../src/render/render-report.js';
import { reportSchemaErrors } from './validate-report.js';

// Small trees in the shape of each tool's projects, written to a temporary folder per case.
const SQL = 'CREATE TABLE users (id integer PRIMARY KEY);\n';
const PRISMA = { 'migration.sql': SQL };
const KNEX = "import type { Knex } from 'knex';\nexport async function up(knex: Knex) { await knex.schema.createTable('users', (t) => t.increments()); }\nexport async function down(knex: Knex) { await knex.schema.dropTable('users'); }\n";
const SEQUELIZE = "module.exports = {\n  up: async (queryInterface, Sequelize) => queryInterface.createTable('users', { id: Sequelize.INTEGER }),\n  down: async (queryInterface) => queryInterface.dropTable('users'),\n};\n";
const DB_MIGRATE = "exports.up = function (db) { return db.createTable('users', { id: 'int' }); };\nexports.down = function (db) { return db.dropTable('users'); };\n";
const TYPEORM = "import { MigrationInterface, QueryRunner } from 'typeorm';\nexport class Init1700000000000 implements MigrationInterface {\n  async up(q: QueryRunner) { await q.query('CREATE TABLE users (id integer)'); }\n  async down(q: QueryRunner) { await q.query('DROP TABLE users'); }\n}\n";
const MIKRO_ORM = "import { Migration } from '@mikro-orm/migrations';\nexport class Migration20240101000000 extends Migration {\n  async up() { this.addSql('create table users (id int);'); }\n}\n";
const DRIZZLE = 'CREATE TABLE "users" ("id" integer PRIMARY KEY);\n--> statement-breakpoint\nCREATE INDEX "users_id" ON "users" ("id");\n';
const NODE_PG_MIGRATE = '-- Up Migration\nCREATE TABLE users (id integer);\n-- Down Migration\nDROP TABLE users;\n';

type Tree = Readonly<Record<string, string>>;

function prismaFolder(dir: string, names: readonly string[]): Tree {
  return Object.fromEntries(names.map((name) => [`${dir}/${name}/migration.sql`, PRISMA['migration.sql']]));
}

interface DetectionCase {
  readonly name: string;
  readonly tree: Tree;
  readonly dir: string;
  readonly format: string | undefined;
  readonly reason: string;
  readonly others?: readonly string[];
}

const CASES: readonly DetectionCase[] = [
  {
    name: 'Prisma in a package: schema.prisma names its migrations folder',
    tree: { 'packages/db/prisma/schema.prisma': 'datasource db { provider = "postgresql" }\n', 'packages/db/prisma/migrations/migration_lock.toml': '', ...prismaFolder('packages/db/prisma/migrations', ['20240101000000_init']) },
    dir: 'packages/db/prisma/migrations',
    format: 'prisma',
    reason: 'packages/db/prisma/migrations via packages/db/prisma/schema.prisma (1 migration), format prisma (detected: migration.sql in timestamped folders)',
  },
  {
    name: 'Prisma with a multi-file schema folder (prisma/schema/*.prisma)',
    tree: { 'server/prisma/schema/users.prisma': 'model User { id Int @id }\n', ...prismaFolder('server/prisma/migrations', ['20240101000000_init', '20240102000000_next']) },
    dir: 'server/prisma/migrations',
    format: 'prisma',
    reason: 'server/prisma/migrations via server/prisma/schema/users.prisma (2 migrations), format prisma (detected: migration.sql in timestamped folders)',
  },
  {
    name: 'Sequelize: .sequelizerc migrations-path with path.resolve',
    tree: { 'server/.sequelizerc': "const path = require('path');\nmodule.exports = {\n  'config': path.resolve('config', 'database.json'),\n  'migrations-path': path.resolve('db', 'migrations'),\n};\n", 'server/db/migrations/20200101000000-create-users.js': SEQUELIZE },
    dir: 'server/db/migrations',
    format: 'sequelize',
    reason: 'server/db/migrations via server/.sequelizerc (1 migration), format sequelize (detected: queryInterface up/down modules)',
  },
  {
    name: 'Knex: knexfile.ts migrations.directory',
    tree: { 'apps/api/knexfile.ts': "export default {\n  client: 'pg',\n  migrations: { tableName: 'knex_migrations', directory: './src/db/migrations' },\n};\n", 'apps/api/src/db/migrations/20240101_users.ts': KNEX },
    dir: 'apps/api/src/db/migrations',
    format: 'knex',
    reason: 'apps/api/src/db/migrations via apps/api/knexfile.ts (1 migration), format knex (detected: knex up/down modules)',
  },
  {
    name: 'db-migrate: .db-migraterc migrations-dir',
    tree: { '.db-migraterc': '{ "migrations-dir": "db/changes" }\n', 'db/changes/20200101000000-add-users.js': DB_MIGRATE },
    dir: 'db/changes',
    format: 'db-migrate',
    reason: 'db/changes via .db-migraterc (1 migration), format db-migrate (detected: db-migrate modules)',
  },
  {
    name: 'db-migrate: database.json with drivers, default migrations folder',
    tree: { 'api/database.json': '{ "dev": { "driver": "pg" } }\n', 'api/migrations/20200101000000-add-users.js': DB_MIGRATE },
    dir: 'api/migrations',
    format: 'db-migrate',
    reason: 'api/migrations via api/database.json (1 migration), format db-migrate (detected: db-migrate modules)',
  },
  {
    name: 'TypeORM: a DataSource whose glob is relative to the package root',
    tree: { 'server/src/data-source.ts': "import { DataSource } from 'typeorm';\nexport default new DataSource({ type: 'postgres', migrations: ['src/migrations/*.ts'] });\n", 'server/src/migrations/1700000000000-Init.ts': TYPEORM },
    dir: 'server/src/migrations',
    format: 'typeorm',
    reason: 'server/src/migrations via server/src/data-source.ts (1 migration), format typeorm (detected: MigrationInterface classes)',
  },
  {
    name: 'TypeORM: ormconfig.json naming dist output finds the sources',
    tree: { 'ormconfig.json': '{ "type": "postgres", "migrations": ["dist/migration/*.js"] }\n', 'src/migration/1700000000000-Init.ts': TYPEORM },
    dir: 'src/migration',
    format: 'typeorm',
    reason: 'src/migration via ormconfig.json (1 migration), format typeorm (detected: MigrationInterface classes)',
  },
  {
    name: 'drizzle: drizzle.config.ts out, resolved from the package root',
    tree: { 'apps/web/server/db/drizzle.config.ts': "export default defineConfig({ dialect: 'postgresql', out: 'drizzle' });\n", 'apps/web/drizzle/0000_init.sql': DRIZZLE, 'apps/web/drizzle/meta/_journal.json': '{}\n' },
    dir: 'apps/web/drizzle',
    format: 'drizzle',
    reason: 'apps/web/drizzle via apps/web/server/db/drizzle.config.ts (1 migration), format drizzle (detected: meta/_journal.json or --> statement-breakpoint)',
  },
  {
    name: 'MikroORM: mikro-orm.config.ts migrations.pathTs',
    tree: { 'packages/core/mikro-orm.config.ts': "export default { migrations: { path: './dist/migrations', pathTs: './src/migrations' } };\n", 'packages/core/src/migrations/Migration20240101000000.ts': MIKRO_ORM },
    dir: 'packages/core/src/migrations',
    format: 'mikro-orm',
    reason: 'packages/core/src/migrations via packages/core/mikro-orm.config.ts (1 migration), format mikro-orm (detected: MikroORM Migration classes)',
  },
  {
    name: 'node-pg-migrate: the package.json script names the folder',
    tree: { 'package.json': '{ "scripts": { "migrate": "node-pg-migrate -m db/pg-migrations" } }\n', 'db/pg-migrations/1700000000000_init.sql': NODE_PG_MIGRATE },
    dir: 'db/pg-migrations',
    format: 'node-pg-migrate',
    reason: 'db/pg-migrations via package.json (1 migration), format node-pg-migrate (detected: -- Up Migration markers)',
  },
  {
    name: 'a package.json that only mentions node-pg-migrate: the files say the format',
    tree: { 'package.json': '{ "devDependencies": { "node-pg-migrate": "7.0.0" } }\n', 'migrations/V1__init.sql': SQL },
    dir: 'migrations',
    format: 'flyway',
    reason: 'migrations via package.json (1 migration), format flyway (detected: V<version>__<name>.sql files)',
  },
  {
    name: 'a folder named migrations three levels down',
    tree: { 'server/src/schema/migrations/0001_init.sql': SQL, 'server/src/schema/migrations/0002_more.sql': SQL },
    dir: 'server/src/schema/migrations',
    format: 'sql-numbered',
    reason: 'server/src/schema/migrations by its name (2 migrations), format sql-numbered (detected: numbered .sql files)',
  },
  {
    name: 'a folder whose name ends in migrations (knex_migrations)',
    tree: { 'db/knex_migrations/2023-08-16-0000-init.js': KNEX },
    dir: 'db/knex_migrations',
    format: 'knex',
    reason: 'db/knex_migrations by its name (1 migration), format knex (detected: knex up/down modules)',
  },
  {
    name: 'Rails-style db/migrate',
    tree: { 'db/migrate/0001_init.sql': SQL },
    dir: 'db/migrate',
    format: 'sql-numbered',
    reason: 'db/migrate by its name (1 migration), format sql-numbered (detected: numbered .sql files)',
  },
  {
    name: 'one folder per database: the PostgreSQL one',
    tree: { 'src/database/migrations/mysql/1700000000000-Init.ts': TYPEORM, 'src/database/migrations/postgres/1700000000000-Init.ts': TYPEORM },
    dir: 'src/database/migrations/postgres',
    format: 'typeorm',
    reason: 'src/database/migrations/postgres by its name (1 migration), format typeorm (detected: MigrationInterface classes)',
  },
  {
    // fallenbagel/jellyseerr's `server/datasource.ts`: SQLite configs first (dev and prod), then PostgreSQL ones.
    name: 'TypeORM: one data source per database in one file, the PostgreSQL one\'s folder',
    tree: {
      'server/datasource.ts': [
        "import { DataSource, type DataSourceOptions } from 'typeorm';",
        "const devConfig: DataSourceOptions = { type: 'sqlite', database: 'config/db/db.sqlite3', migrations: ['server/migration/sqlite/**/*.ts'] };",
        "const prodConfig: DataSourceOptions = { type: 'sqlite', database: 'config/db/db.sqlite3', migrations: ['dist/migration/sqlite/**/*.js'] };",
        "const postgresDevConfig: DataSourceOptions = {\n  type: 'postgres',\n  host: process.env.DB_HOST,\n  migrations: ['server/migration/postgres/**/*.ts'],\n};",
        "const postgresProdConfig: DataSourceOptions = { type: 'postgres', migrations: ['dist/migration/postgres/**/*.js'] };",
        "export default new DataSource(process.env.DB_TYPE === 'postgres' ? postgresDevConfig : devConfig);",
      ].join('\n'),
      'server/migration/sqlite/1700000000000-Init.ts': TYPEORM,
      'server/migration/sqlite/1700000000001-More.ts': TYPEORM,
      'server/migration/postgres/1700000000000-Init.ts': TYPEORM,
    },
    dir: 'server/migration/postgres',
    format: 'typeorm',
    reason: 'server/migration/postgres via server/datasource.ts (1 migration), format typeorm (detected: MigrationInterface classes)',
  },
  {
    name: 'a folder named for another database ranks below one that is not, even named by a config',
    tree: { 'sqlite-data-source.ts': "export default new DataSource({ type: 'better-sqlite3', migrations: ['db/sqlite/*.ts'] });\n", 'db/sqlite/1700000000000-Init.ts': TYPEORM, 'db/migrations/0001_a.sql': SQL },
    dir: 'db/migrations',
    format: 'sql-numbered',
    reason: 'db/migrations by its name (1 migration), format sql-numbered (detected: numbered .sql files)',
    others: ['db/sqlite'],
  },
  {
    name: 'competing name matches: more migrations win, the other is listed',
    tree: { 'worker/db/migrations/0001_a.sql': SQL, 'server/migrations/0001_a.sql': SQL, 'server/migrations/0002_b.sql': SQL, 'server/migrations/0003_c.sql': SQL },
    dir: 'server/migrations',
    format: 'sql-numbered',
    reason: 'server/migrations by its name (3 migrations), format sql-numbered (detected: numbered .sql files)',
    others: ['worker/db/migrations'],
  },
  {
    name: 'a tool config naming a folder beats a name match with more migrations',
    tree: { 'migrations/0001_a.sql': SQL, 'migrations/0002_b.sql': SQL, 'migrations/0003_c.sql': SQL, 'packages/db/prisma/schema.prisma': '', ...prismaFolder('packages/db/prisma/migrations', ['20240101000000_init']) },
    dir: 'packages/db/prisma/migrations',
    format: 'prisma',
    reason: 'packages/db/prisma/migrations via packages/db/prisma/schema.prisma (1 migration), format prisma (detected: migration.sql in timestamped folders)',
    others: ['migrations'],
  },
  {
    name: 'equal counts: shallower beats deeper',
    tree: { 'services/a/db/migrations/0001_a.sql': SQL, 'db/migrations/0001_a.sql': SQL },
    dir: 'db/migrations',
    format: 'sql-numbered',
    reason: 'db/migrations by its name (1 migration), format sql-numbered (detected: numbered .sql files)',
    others: ['services/a/db/migrations'],
  },
  {
    name: 'a recognised format beats an unrecognised folder with more files',
    tree: { 'docs/migrations/notes.ts': 'export {};\n', 'docs/migrations/more.ts': 'export {};\n', 'api/migrations/0001_a.sql': SQL },
    dir: 'api/migrations',
    format: 'sql-numbered',
    reason: 'api/migrations by its name (1 migration), format sql-numbered (detected: numbered .sql files)',
    others: ['docs/migrations'],
  },
  {
    name: 'node_modules, dist, build and test fixtures are not walked',
    tree: { 'node_modules/pkg/migrations/0001_a.sql': SQL, 'dist/migrations/0001_a.sql': SQL, 'build/migrations/0001_a.sql': SQL, 'test/fixtures/migrations/0001_a.sql': SQL, 'app/migrations/0001_a.sql': SQL },
    dir: 'app/migrations',
    format: 'sql-numbered',
    reason: 'app/migrations by its name (1 migration), format sql-numbered (detected: numbered .sql files)',
  },
];

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function writeTree(tree: Tree): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ripple-detect-migrations-'));
  roots.push(root);
  for (const [file, text] of Object.entries(tree)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
  return root;
}

describe('detectMigrations: the folder, format and reason chosen in each tool shape', () => {
  it.each(CASES)('$name', async ({ tree, dir, format, reason, others }) => {
    const root = await writeTree(tree);
    expect(await detectMigrations(root)).toEqual({ dir, ...(format !== undefined ? { format } : {}), reason, others: others ?? [] });
  });

  it(`looks ${DETECTION_MAX_DEPTH} levels deep, not deeper: a folder further down is not found`, async () => {
    const deep = ['a', 'b', 'c', 'd', 'e', 'f'];
    const found = await writeTree({ [`${deep.slice(0, 5).join('/')}/migrations/0001_a.sql`]: SQL });
    expect((await detectMigrations(found)).dir).toBe('a/b/c/d/e/migrations');
    const tooDeep = await writeTree({ [`${deep.join('/')}/g/migrations/0001_a.sql`]: SQL });
    const error = await detectMigrations(tooDeep).catch((caught: unknown) => caught);
    expect(isRippleError(error) && error.code).toBe('config/not-found');
  });

  it('with migrations.format in the config: only folders in that format compete', async () => {
    const root = await writeTree({ 'server/migrations/0001_a.sql': SQL, 'server/migrations/0002_b.sql': SQL, ...prismaFolder('web/prisma/migrations', ['20240101000000_init']) });
    const config = await resolveConfig(root, { migrations: { format: 'prisma' } }, 'ripple.config.json');
    expect(config.migrations).toEqual({ dir: 'web/prisma/migrations', format: 'prisma' });
    expect(config.detected).toEqual({ dir: 'web/prisma/migrations', format: 'prisma', reason: 'web/prisma/migrations by its name (1 migration), format prisma (migrations.format)', others: [], formatAsked: 'prisma' });
  });

  it('with migrations.dir in the config: no detection, the format as configured', async () => {
    const root = await writeTree({ 'server/migrations/0001_a.sql': SQL });
    const config = await resolveConfig(root, { migrations: { dir: 'db', format: 'flyway' } }, 'ripple.config.json');
    expect(config).toEqual({ migrations: { dir: 'db', format: 'flyway' }, openapi: [], ignore: [] });
  });

  it('an unknown migrations.format names the key', async () => {
    const error = (await resolveConfig('.', { migrations: { format: 'liquibase' } }, 'ripple.config.json').catch((caught: unknown) => caught)) as RippleError;
    expect(error.code).toBe('config/invalid');
    expect(error.message).toMatch(/^migrations\.format: /);
    expect(error.location).toEqual({ file: 'ripple.config.json', pointer: '/migrations/format' });
  });
});

describe('a report on a tree without config', () => {
  it('says which folder and format it read and why, and lists the other folders in a diagnostic', async () => {
    const root = await writeTree({
      'packages/db/prisma/schema.prisma': '',
      ...prismaFolder('packages/db/prisma/migrations', ['20240101000000_init']),
      'packages/db/prisma/migrations/20240102000000_email/migration.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
      'tools/migrations/0001_a.sql': SQL,
    });
    const report = await analyseRepository({ repo: root, migrationsOnly: true, progress: () => {} });
    expect(report.inputs).toEqual({
      migrations: {
        dir: 'packages/db/prisma/migrations',
        format: 'prisma',
        reason: 'packages/db/prisma/migrations via packages/db/prisma/schema.prisma (2 migrations), format prisma (detected: migration.sql in timestamped folders)',
      },
    });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'config/several-migration-folders')).toEqual([
      {
        kind: 'diagnostic',
        code: 'config/several-migration-folders',
        message: 'read packages/db/prisma/migrations; 1 other migration folder found (tools/migrations): set migrations.dir in ripple.config.json to choose another',
        location: { file: 'ripple.config.json', line: 1 },
      },
    ]);
    expect(report.changes.map((change) => change.id)).toEqual(['column-added:public.users.email']);
    expect(renderReport(report, 'text', { color: false }).split('\n')[1]).toBe(`migrations: ${report.inputs!.migrations!.reason}`);
    expect(reportSchemaErrors(JSON.parse(renderReport(report, 'json', { color: false })))).toEqual([]);
  });
});
