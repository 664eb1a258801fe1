import { RippleError } from '@ripple/model';
import { hasSqlDetails, loadModule, parseSync, scanSync } from 'libpg-query';
import type { MigrationStatement } from './migration.js';

/** Where a piece of SQL starts inside its file, for SQL embedded in code (1-based). */
export interface SqlOrigin {
  readonly line: number;
  readonly column: number;
}

/** libpg-query is WASM: call once before the synchronous parse functions. */
export function loadSqlParser(): Promise<void> {
  return loadModule();
}

/**
 * Splits SQL text into statements with PostgreSQL's own parser (never a regex): comments, dollar quotes and
 * `--> statement-breakpoint` markers are handled by the grammar. A syntax error throws
 * `migration/syntax-error` at the file position of the error. Call `loadSqlParser()` first.
 */
export function splitStatements(sql: string, file: string, origin: SqlOrigin = { line: 1, column: 1 }): MigrationStatement[] {
  const bytes = Buffer.from(sql, 'utf8');
  const locate = positionLocator(bytes, origin);
  let parsed;
  try {
    parsed = parseSync(sql);
  } catch (error) {
    // PostgreSQL reports the error cursor in characters (pg_mbstrlen), not bytes, unlike stmt_location.
    const offset = hasSqlDetails(error) ? (error.sqlDetails?.cursorPosition ?? 0) : 0;
    const message = error instanceof Error ? error.message : String(error);
    throw new RippleError('migration/syntax-error', message, { file, ...characterPosition(sql.slice(0, offset), origin) }, { cause: error });
  }
  const tokenStarts = scanSync(sql)
    .tokens.filter((token) => token.tokenName !== 'SQL_COMMENT' && token.tokenName !== 'C_COMMENT')
    .map((token) => token.start);
  const statements: MigrationStatement[] = [];
  for (const raw of parsed.stmts ?? []) {
    const location = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? location + raw.stmt_len : bytes.length;
    const start = tokenStarts.find((tokenStart) => tokenStart >= location && tokenStart < end) ?? location;
    const text = bytes.subarray(start, end).toString('utf8').trim();
    if (text.length === 0) continue;
    statements.push({ file, sql: text, ...locate(start) });
  }
  return statements;
}

/** Maps a UTF-8 byte offset in the SQL to a 1-based line and column (in characters) of the file. */
function positionLocator(bytes: Buffer, origin: SqlOrigin): (byteOffset: number) => { line: number; column: number } {
  return (byteOffset) => {
    const before = bytes.subarray(0, Math.max(0, Math.min(byteOffset, bytes.length))).toString('utf8');
    return characterPosition(before, origin);
  };
}

/** The 1-based line and column just after `before`, with `before` starting at `origin`. */
export function characterPosition(before: string, origin: SqlOrigin): { line: number; column: number } {
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return lines.length === 1
    ? { line: origin.line, column: origin.column + last.length }
    : { line: origin.line + lines.length - 1, column: last.length + 1 };
}
