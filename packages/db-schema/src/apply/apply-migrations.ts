import type { PGlite } from '@electric-sql/pglite';
import { RippleError } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { characterPosition } from '../migrations/split-statements.js';

/**
 * Runs the up statements of each migration, in order, one statement at a time so that a failure is pinned to its
 * statement: `migration/apply-failed` with PostgreSQL's message, the statement's opening, and the file position of
 * PostgreSQL's error position (or of the statement when there is none).
 */
export async function applyMigrations(db: PGlite, migrations: readonly Migration[]): Promise<void> {
  for (const migration of migrations) {
    for (const statement of migration.up) {
      try {
        await db.exec(statement.sql);
      } catch (error) {
        throw applyFailure(statement, error);
      }
    }
  }
}

function applyFailure(statement: MigrationStatement, error: unknown): RippleError {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number((error as { position?: string }).position);
  const at =
    Number.isInteger(position) && position > 0
      ? characterPosition(statement.sql.slice(0, position - 1), { line: statement.line, column: statement.column })
      : { line: statement.line, column: statement.column };
  const hint = /^extension ".*" is not available$/.test(message)
    ? '; the embedded PGlite does not bundle this extension: introspect a server that has it with --db-url'
    : '';
  return new RippleError('migration/apply-failed', `${message} (in: ${excerpt(statement.sql)})${hint}`, { file: statement.file, ...at }, {
    cause: error,
  });
}

/** The statement's first line, shortened: `ALTER TABLE customers RENAME COLUMN email TO email_address`. */
function excerpt(sql: string): string {
  const firstLine = sql.split('\n')[0]!.trim();
  return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine;
}
