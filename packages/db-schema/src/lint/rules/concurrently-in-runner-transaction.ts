import type { LintRule } from '../lint-rule.js';
import { runnerTransactionOf } from '../../migrations/runner-transactions.js';

/** Formats whose runner sends the whole file as one query (an implicit transaction only when it holds several statements). */
const ONE_QUERY_FORMATS: ReadonlySet<string> = new Set(['golang-migrate', 'prisma']);

export const concurrentlyInRunnerTransaction: LintRule = {
  id: 'concurrently-in-runner-transaction',
  origin: 'strong_migrations',
  level: 'warning',
  docs: 'The migration tool of this format wraps each migration in a transaction (flyway, golang-migrate, dbmate, goose, the Supabase CLI, prisma, drizzle, TypeORM, Knex, Kysely, node-pg-migrate, db-migrate, MikroORM), and `CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`, `REINDEX CONCURRENTLY` and `DETACH PARTITION CONCURRENTLY` cannot run in one (golang-migrate and prisma send the file as one query, which is one implicit transaction when it holds more than that statement): the deploy fails at that statement unless the migration turns the transaction off (knex `config = { transaction: false }`, dbmate `transaction:false`, goose `-- +goose NO TRANSACTION`, TypeORM `transaction = false`, node-pg-migrate `pgm.noTransaction()`). strong_migrations\' `disable_ddl_transaction!` check. Only in `--repo` mode, where the format is known.',
  checkMigration: (migration) => {
    if (runnerTransactionOf(migration) !== 'file') return [];
    // These runners send the file as one query: a lone statement runs in no transaction block.
    if (ONE_QUERY_FORMATS.has(migration.format) && migration.up.length === 1) return [];
    return migration.up.flatMap((statement) =>
      statement.transaction === 'cannot-run-inside'
        ? [{ statement, message: `${migration.format} runs this migration in a transaction, where this statement is refused, unless the migration turns the transaction off` }]
        : [],
    );
  },
};
