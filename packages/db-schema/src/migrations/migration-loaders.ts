import { dbMigrateLoader } from './db-migrate/db-migrate-loader.js';
import { dbmateLoader } from './dbmate/dbmate-loader.js';
import { drizzleLoader } from './drizzle/drizzle-loader.js';
import { flywayLoader } from './flyway/flyway-loader.js';
import { golangMigrateLoader } from './golang-migrate/golang-migrate-loader.js';
import { knexLoader } from './knex/knex-loader.js';
import { kyselyLoader } from './kysely/kysely-loader.js';
import type { MigrationLoader } from './migration-loader.js';
import { nodePgMigrateLoader } from './node-pg-migrate/node-pg-migrate-loader.js';
import { prismaLoader } from './prisma/prisma-loader.js';
import { sequelizeLoader } from './sequelize/sequelize-loader.js';
import { sqlNumberedLoader } from './sql-numbered/sql-numbered-loader.js';
import { typeormLoader } from './typeorm/typeorm-loader.js';

/**
 * Every migration format, in detection order: code migrations first (they look at .ts/.js files only), then the
 * most specific SQL layouts, plain numbered SQL files last (a drizzle or dbmate directory is also a directory of
 * numbered SQL files).
 */
export const MIGRATION_LOADERS: readonly MigrationLoader[] = [
  typeormLoader,
  kyselyLoader,
  knexLoader,
  sequelizeLoader,
  dbMigrateLoader,
  prismaLoader,
  drizzleLoader,
  dbmateLoader,
  nodePgMigrateLoader,
  flywayLoader,
  golangMigrateLoader,
  sqlNumberedLoader,
];
