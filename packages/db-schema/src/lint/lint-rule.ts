import type { Level } from '@ripple/model';
import type { Migration } from '../migrations/migration.js';
import type { StatementNode } from './statement-node.js';

/** What a rule knows besides the statement: the schema the migration runs on and what came before it. */
export interface LintContext {
  /** `schema.table` of every table that exists before the statement and was not created by the change. */
  readonly isExistingTable: (table: string) => boolean;
  /** Whether `SET lock_timeout` ran earlier in the same migration. */
  readonly lockTimeoutSet: boolean;
}

/** One place a rule fires: a message, and the byte offset in the statement where it points (its start when absent). */
export interface LintHit {
  readonly message: string;
  readonly offset?: number;
}

/**
 * One migration lint rule: squawk's id where the concept is the same, so squawk users recognise it. A rule is a
 * pure function of one parsed statement and its context; `lintMigrations` walks the statements.
 */
export interface LintRule {
  readonly id: string;
  readonly level: Level;
  /** Markdown: what goes wrong in production, and the safe way. */
  readonly docs: string;
  /** Checks one statement. */
  readonly check?: (statement: StatementNode, context: LintContext) => readonly LintHit[];
  /** Checks a migration as a whole (hits point at its first line), given every migration of the repository. */
  readonly checkMigration?: (migration: Migration, repository: readonly Migration[]) => readonly LintHit[];
  /** Report only the first hit in each migration (the advice is per migration, not per statement). */
  readonly oncePerMigration?: boolean;
}
