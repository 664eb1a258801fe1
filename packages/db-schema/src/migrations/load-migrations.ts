import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings, RippleError, type Diagnostic } from '@ripple/model';
import { compareVersions } from './compare-versions.js';
import type { Migration, MigrationFormat, MigrationStatement } from './migration.js';
import { repoPath, withoutByteOrderMark, type MigrationListing } from './migration-loader.js';
import { MIGRATION_LOADERS } from './migration-loaders.js';
import { projectModules } from './project-modules.js';
import { loadSqlParser } from './split-statements.js';

export interface LoadMigrationsOptions {
  /** Skip detection and read the directory in this format. */
  readonly format?: MigrationFormat;
  /**
   * `throw` (default): the first statement PostgreSQL's grammar rejects throws `migration/syntax-error`. `report`:
   * such statements are left out of `up` / `down` and become `migration/syntax-error` diagnostics of their
   * migration, so a caller that knows which migrations are old can replay around them (`assertParsed` the new ones).
   */
  readonly syntaxErrors?: 'throw' | 'report';
  /** Human progress: a line before a large file (over 5 MB) is split, which takes seconds. */
  readonly progress?: (message: string) => void;
  /** Values of globals the project's runner sets before it runs a migration (see `MigrationListing.globals`). */
  readonly globals?: Readonly<Record<string, unknown>>;
}

const LARGE_FILE_CHARACTERS = 5_000_000;

/**
 * Reads a migrations directory (relative to `repoRoot`, or absolute) in whichever format it is in, sorted by
 * version (or by file name where the format's runner sorts so). Statements are split by libpg-query; bad SQL throws
 * `migration/syntax-error` at its position (unless `syntaxErrors: 'report'`), a missing directory `input/not-found`,
 * a directory in no known format `migration/unknown-format`.
 */
export async function loadMigrations(repoRoot: string, dir: string, options: LoadMigrationsOptions = {}): Promise<readonly Migration[]> {
  const listedFiles = await listMigrationDirectory(repoRoot, dir);
  const listed = options.globals ? { ...listedFiles, globals: options.globals } : listedFiles;
  const progress = options.progress;
  const listing: MigrationListing = progress
    ? {
        ...listed,
        read: async (file) => {
          const text = await listed.read(file);
          if (text.length > LARGE_FILE_CHARACTERS) progress(`splitting ${repoPath(listed, file)} (${Math.round(text.length / 1_000_000)} MB)`);
          return text;
        },
      }
    : listed;
  if (listing.files.length === 0) return [];
  await loadSqlParser();
  const loader = options.format
    ? MIGRATION_LOADERS.find((candidate) => candidate.format === options.format)
    : await detectLoader(listing);
  if (!loader && options.format) {
    throw new RippleError(
      'migration/unknown-format',
      `${listing.dir}: this build of Ripple has no reader for the ${options.format} format (it reads ${MIGRATION_LOADERS.map((candidate) => candidate.format).join(', ')})`,
    );
  }
  if (!loader) {
    throw new RippleError(
      'migration/unknown-format',
      `${listing.dir}: no known migration layout (${MIGRATION_LOADERS.map((candidate) => candidate.format).join(', ')})`,
    );
  }
  const loaded = await loader.load(listing);
  const order = typeof loader.order === 'function' ? loader.order(loaded) : loader.order;
  const byOrder =
    order === 'file-name'
      ? (a: Migration, b: Migration) => compareStrings(a.file, b.file)
      : (a: Migration, b: Migration) => compareVersions(a.version, b.version) || compareStrings(a.file, b.file);
  const migrations = [...loaded].sort(byOrder).map(withSyntaxErrorsAsDiagnostics);
  if (options.syntaxErrors !== 'report') assertParsed(migrations);
  return migrations;
}

/**
 * Throws `migration/syntax-error` at the first statement of these migrations that PostgreSQL's grammar rejects;
 * with `down: 'allow'`, only at one of their up statements (a down that does not parse is left to the rehearsal).
 */
export function assertParsed(migrations: readonly Migration[], options: { readonly down?: 'throw' | 'allow' } = {}): void {
  for (const migration of migrations) {
    const error = migration.diagnostics?.find((diagnostic) => diagnostic.code === SYNTAX_ERROR && (options.down !== 'allow' || !diagnostic.message.startsWith(DOWN_MIGRATION)));
    if (error) throw new RippleError(SYNTAX_ERROR, error.message, error.location);
  }
}

const SYNTAX_ERROR = 'migration/syntax-error';
/** How the message of a syntax error in a migration's down statements starts: its up statements still apply. */
const DOWN_MIGRATION = 'down migration: ';

/**
 * The `migration/syntax-error` diagnostics of a migration's own file and of its down file, each with whether the rejected statement is
 * one of its down statements (Knex's `table.enu(...).alter()` writes `type text check (...)`, which PostgreSQL
 * rejects): replaying the up migration is then unaffected.
 */
export function syntaxErrorsOf(migration: Migration): { readonly diagnostic: Diagnostic; readonly inDown: boolean }[] {
  return (migration.diagnostics ?? [])
    .filter((diagnostic) => diagnostic.code === SYNTAX_ERROR && (diagnostic.location.file === migration.file || diagnostic.location.file === migration.down?.file))
    .map((diagnostic) => ({ diagnostic, inDown: diagnostic.message.startsWith(DOWN_MIGRATION) }));
}

/** Moves the statements the grammar rejects out of `up` / `down`, into `migration/syntax-error` diagnostics. */
function withSyntaxErrorsAsDiagnostics(migration: Migration): Migration {
  const rejected = [...migration.up, ...(migration.down?.statements ?? [])].filter((statement) => statement.syntaxError);
  if (rejected.length === 0) return migration;
  const parsed = (statements: readonly MigrationStatement[]) => statements.filter((statement) => !statement.syntaxError);
  const downs = new Set(migration.down?.statements ?? []);
  const diagnostics: Diagnostic[] = rejected.map((statement) => ({
    kind: 'diagnostic',
    code: SYNTAX_ERROR,
    message: `${downs.has(statement) ? DOWN_MIGRATION : ''}${statement.syntaxError!.message}`,
    location: { file: statement.file, line: statement.syntaxError!.line, column: statement.syntaxError!.column },
  }));
  return {
    ...migration,
    up: parsed(migration.up),
    ...(migration.down ? { down: { ...migration.down, statements: parsed(migration.down.statements) } } : {}),
    diagnostics: [...(migration.diagnostics ?? []), ...diagnostics],
  };
}

/**
 * The format a migrations directory is in, as `loadMigrations` would read it without `format`; undefined when the
 * directory is missing, empty, or in no known format. Reads at most the files the loaders' detection reads.
 */
export async function detectMigrationFormat(repoRoot: string, dir: string): Promise<MigrationFormat | undefined> {
  const listing = await listMigrationDirectory(repoRoot, dir).catch(() => undefined);
  if (!listing || listing.files.length === 0) return undefined;
  return (await detectLoader(listing))?.format;
}

async function detectLoader(listing: MigrationListing) {
  for (const loader of MIGRATION_LOADERS) {
    if (await loader.detect(listing)) return loader;
  }
  return undefined;
}

async function listMigrationDirectory(repoRoot: string, dir: string): Promise<MigrationListing> {
  const absoluteDir = path.resolve(repoRoot, dir);
  const relativeDir = toPosix(path.relative(path.resolve(repoRoot), absoluteDir)) || '.';
  const info = await stat(absoluteDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new RippleError('input/not-found', `migrations directory not found: ${relativeDir}`);
  }
  const entries = await readdir(absoluteDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(path.relative(absoluteDir, path.join(entry.parentPath, entry.name))))
    .filter((file) => !file.split('/').includes('node_modules'))
    .sort(compareStrings);
  return {
    dir: relativeDir,
    files,
    read: async (file) => withoutByteOrderMark(await readFile(path.join(absoluteDir, file), 'utf8')),
    absolute: (file) => path.join(absoluteDir, file),
    modules: projectModules(repoRoot),
  };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
