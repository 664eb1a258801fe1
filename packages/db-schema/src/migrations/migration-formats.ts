import type { MigrationFormat } from './migration.js';

/** How each format is recognised in a folder, said in reports that name the detected format. */
export const FORMAT_SIGNS: Readonly<Record<MigrationFormat, string>> = {
  'sql-numbered': 'numbered .sql files',
  flyway: 'V<version>__<name>.sql files',
  'golang-migrate': '<version>_<name>.up.sql files',
  dbmate: '-- migrate:up markers in .sql files',
  goose: '-- +goose Up markers in .sql files',
  supabase: 'numbered .sql files in supabase/migrations',
  prisma: 'migration.sql in timestamped folders',
  drizzle: 'meta/_journal.json or --> statement-breakpoint',
  typeorm: 'MigrationInterface classes',
  knex: 'knex up/down modules',
  kysely: 'Kysely up/down modules',
  'node-pg-migrate': '-- Up Migration markers',
  'db-migrate': 'db-migrate modules',
  sequelize: 'queryInterface up/down modules',
  'mikro-orm': 'MikroORM Migration classes',
  lucid: 'AdonisJS Lucid BaseSchema classes',
  'sql-template': 'SQL template files',
};

/** Every `MigrationFormat`, in the union's order, for validating a configured format (`migrations.format`). */
export const MIGRATION_FORMATS = Object.keys(FORMAT_SIGNS) as [MigrationFormat, ...MigrationFormat[]];

/**
 * Formats whose migrations are SQL files only, which no code module of the project takes part in: a migrations
 * folder of TypeScript or JavaScript beside them holds data migrations the application runs on the current schema
 * (AFFiNE's `src/data/migrations` beside Prisma's `migrations/<timestamp>/migration.sql`).
 */
export const SQL_FILE_FORMATS: ReadonlySet<MigrationFormat> = new Set<MigrationFormat>(['sql-numbered', 'flyway', 'golang-migrate', 'dbmate', 'goose', 'supabase', 'prisma', 'drizzle']);
