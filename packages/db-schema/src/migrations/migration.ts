import type { Diagnostic } from '@ripple/model';

/** The migration layouts Ripple reads; one loader folder under `src/migrations/` each. */
export type MigrationFormat =
  | 'sql-numbered'
  | 'flyway'
  | 'golang-migrate'
  | 'dbmate'
  | 'goose'
  | 'supabase'
  | 'prisma'
  | 'drizzle'
  | 'typeorm'
  | 'knex'
  | 'kysely'
  | 'node-pg-migrate'
  | 'db-migrate'
  | 'sequelize'
  | 'mikro-orm'
  | 'lucid'
  | 'sql-template';

/** One SQL statement of a migration, where it starts in its file (1-based line and column). */
export interface MigrationStatement {
  /** Relative to the repository root, `/`-separated. */
  readonly file: string;
  readonly sql: string;
  readonly line: number;
  readonly column: number;
  /** From the parse tree, when the statement bears on a wrapping transaction (see `StatementTransaction`). */
  readonly transaction?: StatementTransaction;
  /** PostgreSQL's grammar rejects the statement: its message and where it points. */
  readonly syntaxError?: { readonly message: string; readonly line: number; readonly column: number };
  /**
   * Built in the branch a `hasTable`/`hasColumn` guard runs (`if (!hasTable) { createTable(...) }`): the replay takes
   * every guard as passing, so PostgreSQL refusing it because the object already exists (or does not) is the guard's
   * own answer, not a problem of the history.
   */
  readonly guarded?: true;
  /** From the parse tree: the table or view the statement makes (`CREATE TABLE`, `CREATE VIEW`, `... AS`, `SELECT INTO`, a rename's new name), as written, unqualified. */
  readonly creates?: string;
  /** From the parse tree: a `GRANT`/`REVOKE` or `COMMENT ON`, which names objects but neither reads nor changes them. */
  readonly annotates?: true;
}

/**
 * `cannot-run-inside`: PostgreSQL refuses it in a transaction block (`CREATE INDEX CONCURRENTLY`, `VACUUM`,
 * `CREATE DATABASE`); `begin` / `commit`: the statement is itself `BEGIN` (`START TRANSACTION`) or `COMMIT` (`END`).
 */
export type StatementTransaction = 'cannot-run-inside' | 'begin' | 'commit';

export interface Migration {
  readonly kind: 'migration';
  /** The up file, relative to the repository root. */
  readonly file: string;
  /** `0005`, `20240101120000`, `1.2`: compared numerically part by part. */
  readonly version: string;
  /** `customer_email_address` */
  readonly name: string;
  readonly format: MigrationFormat;
  readonly up: readonly MigrationStatement[];
  /**
   * Statements the format's own runner runs before this migration, at the file's first line: objects the tool makes
   * at run time that the migration's SQL uses (TypeORM's `typeorm_metadata` table). Idempotent (`IF NOT EXISTS`);
   * applied before `up`, never diffed as the migration's own change.
   */
  readonly setup?: readonly MigrationStatement[];
  readonly down?: { readonly file: string; readonly statements: readonly MigrationStatement[] };
  /**
   * `none` when the file opts out of the transaction its format's runner wraps files in (goose's
   * `-- +goose NO TRANSACTION`): its statements run one by one. Absent: as `RUNNER_TRANSACTIONS` says for the format.
   */
  readonly runnerTransaction?: 'none';
  /** Statements that could not be extracted statically (TypeORM, Knex, Kysely), named by file and call. */
  readonly diagnostics?: readonly Diagnostic[];
}
