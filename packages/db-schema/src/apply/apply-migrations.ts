import type { PGlite } from '@electric-sql/pglite';
import { RippleError, type Location } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { characterPosition } from '../migrations/split-statements.js';

/**
 * Runs the setup then up statements of each migration, in order, one statement at a time so that a failure is pinned to its
 * statement: `migration/apply-failed` with PostgreSQL's message, the statement's opening, and the file position of
 * PostgreSQL's error position (or of the statement when there is none).
 */
export async function applyMigrations(db: PGlite, migrations: readonly Migration[]): Promise<void> {
  for (const migration of migrations) {
    const failure = await runStatements(db, [...(migration.setup ?? []), ...migration.up]);
    if (failure) throw applyFailure(failure);
  }
}

/** A statement PostgreSQL refused: its message, and where in the file it points. */
export interface StatementFailure {
  readonly statement: MigrationStatement;
  readonly error: unknown;
  readonly message: string;
  readonly location: Location;
}

/**
 * Runs statements one by one and returns the first failure: PostgreSQL's message and where in the file it points
 * (its error position inside the statement, else the statement's start). Undefined when every statement ran.
 */
export async function runStatements(
  db: PGlite,
  statements: readonly MigrationStatement[],
): Promise<StatementFailure | undefined> {
  for (const statement of statements) {
    try {
      await db.exec(statement.sql);
    } catch (error) {
      const position = Number((error as { position?: string }).position);
      const at =
        Number.isInteger(position) && position > 0
          ? characterPosition(statement.sql.slice(0, position - 1), { line: statement.line, column: statement.column })
          : { line: statement.line, column: statement.column };
      return { statement, error, message: error instanceof Error ? error.message : String(error), location: { file: statement.file, ...at } };
    }
  }
  return undefined;
}

function applyFailure({ statement, error, message, location }: StatementFailure): RippleError {
  const hint = /^extension ".*" is not available$/.test(message)
    ? '; the embedded PGlite does not bundle this extension: introspect a server that has it with --db-url'
    : '';
  return new RippleError('migration/apply-failed', `${message} (in: ${excerpt(statement.sql)})${hint}`, location, {
    cause: error,
  });
}

/** The statement's first line, shortened: `ALTER TABLE customers RENAME COLUMN email TO email_address`. */
function excerpt(sql: string): string {
  const firstLine = sql.split('\n')[0]!.trim();
  return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine;
}
