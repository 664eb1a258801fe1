import { dbmateLoader } from './dbmate/dbmate-loader.js';
import { drizzleLoader } from './drizzle/drizzle-loader.js';
import { flywayLoader } from './flyway/flyway-loader.js';
import { golangMigrateLoader } from './golang-migrate/golang-migrate-loader.js';
import type { MigrationLoader } from './migration-loader.js';
import { nodePgMigrateLoader } from './node-pg-migrate/node-pg-migrate-loader.js';
import { prismaLoader } from './prisma/prisma-loader.js';
import { sqlNumberedLoader } from './sql-numbered/sql-numbered-loader.js';

/**
 * Every migration format, in detection order: the most specific layouts first, plain numbered SQL files last
 * (a drizzle or dbmate directory is also a directory of numbered SQL files).
 */
export const MIGRATION_LOADERS: readonly MigrationLoader[] = [
  prismaLoader,
  drizzleLoader,
  dbmateLoader,
  nodePgMigrateLoader,
  flywayLoader,
  golangMigrateLoader,
  sqlNumberedLoader,
];
