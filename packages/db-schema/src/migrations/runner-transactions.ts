import type { Migration, MigrationFormat } from './migration.js';

/**
 * How each format's own runner wraps a migration file: `file` runs the whole file in one transaction (statements
 * that cannot run in one, such as `CREATE INDEX CONCURRENTLY`, then run outside it, as the runner would), `none`
 * runs each statement on its own (autocommit). A record, so that a new format cannot be added without deciding.
 */
export const RUNNER_TRANSACTIONS: Readonly<Record<MigrationFormat, 'file' | 'none'>> = {
  // psql -f and most hand-rolled runners: each statement commits on its own.
  'sql-numbered': 'none',
  // Flyway wraps each migration in a transaction on PostgreSQL.
  flyway: 'file',
  // golang-migrate sends the file as one multi-statement query: one implicit transaction.
  'golang-migrate': 'file',
  // dbmate wraps each migration in a transaction unless `transaction:false`.
  dbmate: 'file',
  // goose runs each migration in a transaction unless the file says `-- +goose NO TRANSACTION`.
  goose: 'file',
  // the Supabase CLI runs each migration file in its own transaction (supabase/cli#2898).
  supabase: 'file',
  // prisma migrate deploy runs the file as one script: one implicit transaction.
  prisma: 'file',
  // drizzle-kit migrate runs the migrations in a transaction.
  drizzle: 'file',
  // TypeORM's default transaction mode is "all"; a migration is at least one transaction.
  typeorm: 'file',
  // knex wraps each migration in a transaction unless `config.transaction = false`.
  knex: 'file',
  // Kysely's Migrator runs migrations in a transaction on PostgreSQL.
  kysely: 'file',
  // node-pg-migrate runs each migration in a transaction by default.
  'node-pg-migrate': 'file',
  // db-migrate wraps each migration in a transaction on PostgreSQL.
  'db-migrate': 'file',
  // umzug / sequelize-cli run the migration without a transaction unless it opens one.
  sequelize: 'none',
  // MikroORM's Migrator runs each migration in a transaction by default.
  'mikro-orm': 'file',
  // AdonisJS Lucid runs each migration file in a transaction unless the class sets `static disableTransactions = true`.
  lucid: 'file',
  // custom runners exporting SQL through a tagged template: unknown, each statement on its own.
  'sql-template': 'none',
};

/** How the runner wraps this migration: its format's way (`RUNNER_TRANSACTIONS`), unless the file opts out of it. */
export function runnerTransactionOf(migration: Pick<Migration, 'format' | 'runnerTransaction'>): 'file' | 'none' {
  return migration.runnerTransaction ?? RUNNER_TRANSACTIONS[migration.format];
}
