import type { Level } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import type { StatementMeasurement } from './measure-statements.js';
import type { StatementNode } from './statement-node.js';

/** The settings a whole run shares: squawk's options of the same names. */
export interface LintSettings {
  /** PostgreSQL major version the migrations run on (`--pg-version`); rules whose risk changed with a version read it. */
  readonly pgVersion: number;
  /** Whether the migration tool wraps each file in a transaction (`--assume-in-transaction`, or the format's runner). */
  readonly assumeInTransaction: boolean;
  /**
   * Whether the format's own runner wraps the file in a transaction (`RUNNER_TRANSACTIONS`, known with a repository):
   * then statements can be rerun after a failure. Unlike `assumeInTransaction` it does not make `CONCURRENTLY` an
   * error of `ban-concurrent-index-creation-in-transaction` (`concurrently-in-runner-transaction` says it, naming the opt-out).
   */
  readonly runnerWrapsTransaction: boolean;
  /** True without a base schema: every table the file does not create counts as existing, as in squawk. */
  readonly staticOnly: boolean;
}

/** What a rule knows besides the statement: the schema the migration runs on and what came before it. */
export interface LintContext extends LintSettings {
  /** `schema.table` of every table that exists before the statement and was not created by the change. */
  readonly isExistingTable: (table: string) => boolean;
  /**
   * Whether the base schema has `column` on `table` (an existing table): false for a column the change itself added
   * in an earlier new migration or statement, which no deployed code uses. True without a base schema, as in squawk.
   */
  readonly isExistingColumn: (table: string, column: string) => boolean;
  /** Whether `SET lock_timeout` ran earlier in the same migration. */
  readonly lockTimeoutSet: boolean;
  /** Whether `SET statement_timeout` ran earlier in the same migration. */
  readonly statementTimeoutSet: boolean;
  /** Whether the statement runs inside a transaction: an explicit `BEGIN` before it, or the one the tool wraps. */
  readonly inTransaction: boolean;
  /** `inTransaction`, or inside the transaction the format's runner wraps the file in (`runnerWrapsTransaction`). */
  readonly inAnyTransaction: boolean;
  /** How many statements the migration has (a lone statement runs in no transaction of its own making). */
  readonly statementCount: number;
  /** What the statement did on PGlite against the base schema (locks, rewrites), when it was measured. */
  readonly measured?: StatementMeasurement;
}

/** One place a rule fires: a message, and the byte offset in the statement where it points (its start when absent). */
export interface LintHit {
  readonly message: string;
  readonly offset?: number;
  /** For a `checkMigration` hit: the statement it points at (the migration's first line when absent). */
  readonly statement?: MigrationStatement;
}

/** One parsed statement of a migration, for the rules that read the statements in order. */
export interface ParsedStatement {
  readonly statement: MigrationStatement;
  readonly node: StatementNode;
  /** What the statements before it set (tables created, timeouts, transaction), as `check` gets it. */
  readonly context: LintContext;
}

/**
 * One migration lint rule: squawk's id where the concept is the same, so squawk users recognise it. A rule is a
 * pure function of one parsed statement and its context, of the statements of a migration in order, or of the
 * migration as a whole; `lintMigrations` walks the statements.
 */
export interface LintRule {
  readonly id: string;
  readonly level: Level;
  /** Markdown: what goes wrong in production, and the safe way. */
  readonly docs: string;
  /** Where the check comes from: squawk's rule of the same id, strong_migrations' check, or Ripple's own. */
  readonly origin: 'squawk' | 'strong_migrations' | 'ripple';
  /** Ids this rule had before (or squawk's older names for it): ignore comments, config ignores and baselines naming them still match. */
  readonly formerIds?: readonly string[];
  /** Off unless asked for by id (squawk's opt-in rules, such as `require-table-schema`). */
  readonly optIn?: boolean;
  /** Checks one statement. */
  readonly check?: (statement: StatementNode, context: LintContext) => readonly LintHit[];
  /** Checks the statements of one migration in order; each hit names the statement it points at. */
  readonly checkStatements?: (statements: readonly ParsedStatement[], settings: LintSettings) => readonly (LintHit & { readonly index: number })[];
  /** Checks a migration as a whole, given every migration of the repository. */
  readonly checkMigration?: (migration: Migration, repository: readonly Migration[]) => readonly LintHit[];
  /** Report only the first hit in each migration (the advice is per migration, not per statement). */
  readonly oncePerMigration?: boolean;
}
