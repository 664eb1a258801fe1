import type { PGlite } from '@electric-sql/pglite';
import type { Location } from '@ripple/model';
import type { Migration, MigrationStatement } from '../migrations/migration.js';
import { runnerTransactionOf } from '../migrations/runner-transactions.js';
import { characterPosition } from '../migrations/split-statements.js';
import { syntaxErrorsOf } from '../migrations/load-migrations.js';

/** A statement PostgreSQL refused: its message, and where in the file it points. */
export interface StatementFailure {
  readonly statement: MigrationStatement;
  readonly error: unknown;
  readonly message: string;
  readonly location: Location;
}

/** What did not apply during a replay, worded for the report: a refused statement, or a file skipped for its syntax. */
export interface ReplayProblem {
  readonly migration: Migration;
  readonly kind: 'statement-failed' | 'syntax-error';
  /** A syntax error in the migration's down statements only: its up statements applied. */
  readonly inDown?: true;
  readonly message: string;
  readonly location: Location;
  /** For a statement refused because a table or view does not exist (SQLSTATE 42P01): its name, as PostgreSQL prints it. */
  readonly missingRelation?: string;
  /** The statement comes after one the loader could not read in the same file, which it may depend on. */
  readonly afterDynamic?: true;
}

export interface ReplayOptions {
  /** Human progress, at most one line every few seconds, for long replays and large files. */
  readonly progress?: (message: string) => void;
}

/**
 * Replays migrations as their runners would and goes on past what fails, so that the most schema possible builds.
 * A format whose runner wraps a file in a transaction (`RUNNER_TRANSACTIONS`) has its file run in one transaction:
 * statements PostgreSQL refuses in one (`CREATE INDEX CONCURRENTLY`, `VACUUM`) run outside it, between the parts
 * before and after, and `BEGIN` / `COMMIT` written in the file are left to the wrapping transaction (a nested
 * `BEGIN` is only a warning in PostgreSQL; an inner `COMMIT` would end the wrapper early, which changes nothing when
 * the file applies). When the transaction fails it is rolled back and the file is run again with a savepoint per
 * statement: the refused statements are left out and returned as problems. Other formats run each statement on its
 * own (autocommit). A file with a syntax error applies nothing under a transaction-wrapping runner (its statements
 * that parse still apply under the others).
 */
export async function applyMigrations(db: PGlite, migrations: readonly Migration[], options: ReplayOptions = {}): Promise<ReplayProblem[]> {
  const problems: ReplayProblem[] = [];
  const progress = throttledProgress(options.progress);
  for (const [index, migration] of migrations.entries()) {
    progress(() => `applied ${index} of ${migrations.length} migrations`);
    const wrapped = runnerTransactionOf(migration) === 'file';
    const syntaxErrors = syntaxErrorsOf(migration);
    for (const { diagnostic: error, inDown } of syntaxErrors) {
      const consequence = inDown
        ? 'only its rollback has that statement; the up statements were applied'
        : wrapped
          ? `${migration.format} runs the file in one transaction, so none of its statements were applied`
          : 'that statement is left out; the other statements of the file were applied';
      problems.push({ migration, kind: 'syntax-error', ...(inDown ? { inDown: true as const } : {}), message: `${error.message}; ${consequence}`, location: error.location });
    }
    if (wrapped && syntaxErrors.some((error) => !error.inDown)) continue;
    const widened = await widenSearchPath(db);
    // what the tool itself makes before the migration runs (TypeORM's typeorm_metadata): idempotent, on its own
    const setupFailures = migration.setup ? await runEachStatement(db, migration.setup, progress, migration.file) : [];
    problems.push(...setupFailures.map((failure) => statementProblem(migration, failure)));
    const failures = wrapped ? await runFileTransaction(db, migration, progress) : await runEachStatement(db, migration.up, progress, migration.file);
    // A BEGIN the file leaves open ends with the runner's session, as psql's does: rolled back (a warning when closed).
    if (!wrapped && migration.up.some((statement) => statement.transaction === 'begin')) await db.exec('ROLLBACK');
    problems.push(...failures.filter((failure) => !answeredByGuard(failure)).map((failure) => statementProblem(migration, failure)));
    if (widened) await narrowSearchPath(db, widened);
  }
  return problems;
}

/**
 * Before each file, the search path (while it still has `public`, as by default) is widened by the schemas the history
 * has made so far, after the ones it has: a history that names another schema's objects without their schema
 * (drizzle-kit's `ADD COLUMN "x" "my_enum"` for an enum of `pgSchema('latitude')`) ran on a database whose search path
 * has that schema. Unqualified objects are still made where they were, and a name two schemas have is the first's. A
 * path a file set without `public` (a pg_dump baseline's empty one) is left as it is.
 */
async function widenSearchPath(db: PGlite): Promise<{ before: string; after: string } | undefined> {
  const { rows } = await db.query<{ path: string | null; missing: string[] | null }>(
    `SELECT current_setting('search_path') AS path, array_agg(nspname ORDER BY nspname) FILTER (WHERE nspname <> ALL (current_schemas(false))) AS missing
       FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
  );
  const { path, missing } = rows[0] ?? { path: null, missing: null };
  if (!path || !missing?.length || !/(^|,)\s*"?public"?\s*(,|$)/.test(path)) return undefined;
  const widened = [path, ...missing.map((name) => `"${name.replace(/"/g, '""')}"`)].join(', ');
  // set_config gives the path back as PostgreSQL keeps it, which is what the file leaves it as when it sets none.
  const set = await db.query<{ path: string }>(`SELECT set_config('search_path', $1, false) AS path`, [widened]);
  return { before: path, after: set.rows[0]?.path ?? widened };
}

/**
 * After the file, a search path it left as widened is set back, so that what is read from the catalogs afterwards
 * (a default's `nextval('invoices_id_seq')`, printed qualified or not by the path) reads as without the widening; a
 * path the file set itself is kept.
 */
async function narrowSearchPath(db: PGlite, widened: { before: string; after: string }): Promise<void> {
  await db.query(`SELECT set_config('search_path', $2, false) WHERE current_setting('search_path') = $1`, [widened.after, widened.before]);
}

/** PostgreSQL's codes for an object that already exists, or does not: what a `hasTable`/`hasColumn` guard asks about. */
const EXISTENCE_ERRORS = new Set(['42P07', '42701', '42710', '42P06', '42P01', '42703', '42704']);

/** A guarded statement refused because the object it makes exists (or the one it changes does not): the guard's answer. */
function answeredByGuard({ statement, error }: StatementFailure): boolean {
  return statement.guarded === true && EXISTENCE_ERRORS.has(String((error as { code?: unknown }).code));
}

type Progress = (message: () => string) => void;

const PROGRESS_EVERY_MS = 3000;

/** Calls `progress` with the message at most once every few seconds (the first call only starts the clock). */
function throttledProgress(progress: ((message: string) => void) | undefined): Progress {
  if (!progress) return () => {};
  let last = Date.now();
  return (message) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    progress(message());
  };
}

/** Statements in autocommit, one at a time: the failures, the replay going on past each. */
async function runEachStatement(db: PGlite, statements: readonly MigrationStatement[], progress: Progress, file: string): Promise<StatementFailure[]> {
  const failures: StatementFailure[] = [];
  for (const [index, statement] of statements.entries()) {
    progress(() => `applying ${file}: statement ${index + 1} of ${statements.length}`);
    try {
      await db.exec(statement.sql);
    } catch (error) {
      failures.push(statementFailure(statement, error));
    }
  }
  return failures;
}

/** Statements sent to PostgreSQL in one query, up to about this many bytes: a seed file is not parsed as one query. */
const BATCH_CHARACTERS = 1 << 20;

/**
 * One migration file in a transaction, as its runner would: the statements that cannot run in a transaction block
 * cut it in parts, each run on its own between them. A part that fails is run again statement by statement.
 */
async function runFileTransaction(db: PGlite, migration: Migration, progress: Progress): Promise<StatementFailure[]> {
  const failures: StatementFailure[] = [];
  let part: MigrationStatement[] = [];
  const flush = async () => {
    if (part.length > 0) failures.push(...(await runTransaction(db, part, progress, migration.file)));
    part = [];
  };
  for (const statement of migration.up) {
    if (statement.transaction === 'begin' || statement.transaction === 'commit') continue;
    if (statement.transaction === 'cannot-run-inside') {
      await flush();
      failures.push(...(await runEachStatement(db, [statement], progress, migration.file)));
    } else {
      part.push(statement);
    }
  }
  await flush();
  return failures;
}

/**
 * Statements in one transaction, sent in batches (one query with its BEGIN and COMMIT for an ordinary file); when one
 * fails, rolled back and run again with a savepoint each.
 */
async function runTransaction(db: PGlite, statements: readonly MigrationStatement[], progress: Progress, file: string): Promise<StatementFailure[]> {
  const parts = [...batches(statements)];
  try {
    let done = 0;
    for (const [index, batch] of parts.entries()) {
      progress(() => `applying ${file}: statement ${done + 1} of ${statements.length}`);
      // A line break before each `;`: a statement may end in a `--` comment.
      const sql = batch.map((statement) => statement.sql).join('\n;\n');
      await db.exec(`${index === 0 ? 'BEGIN;\n' : ''}${sql}${index === parts.length - 1 ? '\n;COMMIT' : ''}`);
      done += batch.length;
    }
    return [];
  } catch {
    await db.exec('ROLLBACK');
  }
  const failures: StatementFailure[] = [];
  await db.exec('BEGIN');
  for (const [index, statement] of statements.entries()) {
    progress(() => `applying ${file} again statement by statement: ${index + 1} of ${statements.length}`);
    try {
      await db.exec(`SAVEPOINT ripple_statement;\n${statement.sql}\n;RELEASE SAVEPOINT ripple_statement`);
    } catch (error) {
      await db.exec('ROLLBACK TO SAVEPOINT ripple_statement');
      failures.push(statementFailure(statement, error));
    }
  }
  await db.exec('COMMIT');
  return failures;
}

function* batches(statements: readonly MigrationStatement[]): Generator<MigrationStatement[]> {
  let batch: MigrationStatement[] = [];
  let size = 0;
  for (const statement of statements) {
    if (batch.length > 0 && size + statement.sql.length > BATCH_CHARACTERS) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(statement);
    size += statement.sql.length;
  }
  if (batch.length > 0) yield batch;
}

/**
 * Runs statements one by one and returns the first failure: PostgreSQL's message and where in the file it points
 * (its error position inside the statement, else the statement's start). Undefined when every statement ran. A
 * guarded statement refused for what its guard asks (`answeredByGuard`) is passed over, as its guard would.
 */
export async function runStatements(db: PGlite, statements: readonly MigrationStatement[]): Promise<StatementFailure | undefined> {
  for (const statement of statements) {
    try {
      await db.exec(statement.sql);
    } catch (error) {
      const failure = statementFailure(statement, error);
      if (!answeredByGuard(failure)) return failure;
    }
  }
  return undefined;
}

function statementFailure(statement: MigrationStatement, error: unknown): StatementFailure {
  const position = Number((error as { position?: string }).position);
  const at =
    Number.isInteger(position) && position > 0
      ? characterPosition(statement.sql.slice(0, position - 1), { line: statement.line, column: statement.column })
      : { line: statement.line, column: statement.column };
  return { statement, error, message: error instanceof Error ? error.message : String(error), location: { file: statement.file, ...at } };
}

/**
 * PostgreSQL's message, the statement's opening, a hint when the extension is not in PGlite, and the statement the
 * loader could not extract just before it in the same file, which it may depend on.
 */
function statementProblem(migration: Migration, { statement, error, message, location }: StatementFailure): ReplayProblem {
  const hint = /^extension ".*" is not available$/.test(message)
    ? '; the embedded PGlite does not bundle this extension: introspect a server that has it with --db-url'
    : '';
  const dynamic = (migration.diagnostics ?? [])
    .filter((diagnostic) => diagnostic.code === 'migration/not-static' && diagnostic.location.file === statement.file && diagnostic.location.line <= statement.line)
    .reduce<Location | undefined>((latest, diagnostic) => (latest && latest.line >= diagnostic.location.line ? latest : diagnostic.location), undefined);
  const dependsOn = dynamic ? `; it may depend on the skipped dynamic statement at ${dynamic.file}:${dynamic.line}` : '';
  // A GRANT or COMMENT on a missing relation says nothing of its columns: a dump grants on an extension's views too.
  const missing = String((error as { code?: unknown }).code) === '42P01' && statement.annotates !== true ? /^relation "(.+)" does not exist$/.exec(message)?.[1] : undefined;
  return {
    migration,
    kind: 'statement-failed',
    message: `${message} (in: ${excerpt(statement.sql)})${hint}${dependsOn}`,
    location,
    ...(missing !== undefined ? { missingRelation: missing } : {}),
    ...(dynamic ? { afterDynamic: true as const } : {}),
  };
}

/** The statement's first line, shortened: `ALTER TABLE customers RENAME COLUMN email TO email_address`. */
function excerpt(sql: string): string {
  const firstLine = sql.split('\n')[0]!.trim();
  return firstLine.length > 80 ? `${firstLine.slice(0, 77)}...` : firstLine;
}
