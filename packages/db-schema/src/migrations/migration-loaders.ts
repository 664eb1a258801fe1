import { dbMigrateLoader } from './db-migrate/db-migrate-loader.js';
import { dbmateLoader } from './dbmate/dbmate-loader.js';
import { drizzleLoader } from './drizzle/drizzle-loader.js';
import { flywayLoader } from './flyway/flyway-loader.js';
import { gooseLoader } from './goose/goose-loader.js';
import { golangMigrateLoader } from './golang-migrate/golang-migrate-loader.js';
import { knexLoader } from './knex/knex-loader.js';
import { lucidLoader } from './lucid/lucid-loader.js';
import { kyselyLoader } from './kysely/kysely-loader.js';
import type { MigrationLoader } from './migration-loader.js';
import { mikroOrmLoader } from './mikro-orm/mikro-orm-loader.js';
import { nodePgMigrateLoader } from './node-pg-migrate/node-pg-migrate-loader.js';
import { prismaLoader } from './prisma/prisma-loader.js';
import { sequelizeLoader } from './sequelize/sequelize-loader.js';
import { supabaseLoader } from './supabase/supabase-loader.js';
import { sqlNumberedLoader } from './sql-numbered/sql-numbered-loader.js';
import { sqlTemplateLoader } from './sql-template/sql-template-loader.js';
import { typeormLoader } from './typeorm/typeorm-loader.js';

/**
 * Every migration format, in detection order: code migrations first (they look at .ts/.js files only), then the
 * most specific SQL layouts (a custom runner's tagged templates after the tools whose folders also use `sql` tags), plain numbered SQL files last (a drizzle or dbmate directory is also a directory of
 * numbered SQL files).
 */
export const MIGRATION_LOADERS: readonly MigrationLoader[] = [
  mikroOrmLoader,
  lucidLoader,
  typeormLoader,
  kyselyLoader,
  knexLoader,
  sequelizeLoader,
  dbMigrateLoader,
  sqlTemplateLoader,
  prismaLoader,
  drizzleLoader,
  dbmateLoader,
  gooseLoader,
  nodePgMigrateLoader,
  flywayLoader,
  golangMigrateLoader,
  supabaseLoader,
  sqlNumberedLoader,
];
