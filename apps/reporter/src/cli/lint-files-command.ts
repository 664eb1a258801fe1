import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_LINT_RULES,
  findIgnoreComments,
  LINT_RULES,
  lintMigrations,
  lintSqlFiles,
  loadMigrations,
  measureMigrations,
  rulesNamed,
  sqlSourceMigration,
  type IgnoreComments,
  type LintRule,
  type Migration,
  type SqlSource,
  type SqlSyntaxError,
} from '@ripple/db-schema';
import { IMPACT_REPORT_SCHEMA_VERSION, RippleError, type Diagnostic, type Finding, type ImpactReport } from '@ripple/model';
import { CONFIG_FILES, loadConfig } from '../config/load-config.js';
import { globToRegExp } from '../join/apply-ignores.js';
import { EXIT_INPUT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { renderLintReport, type LintFormat } from './lint-formats.js';
import { writeReport, type OutputChoice } from './output-options.js';

/** squawk's options, by squawk's names. */
export interface SquawkOptions {
  readonly rules: readonly LintRule[];
  readonly pgVersion?: number;
  readonly assumeInTransaction: boolean;
  readonly excludePaths: readonly RegExp[];
}

export const SQUAWK_OPTIONS = {
  exclude: { type: 'string', short: 'e', multiple: true },
  include: { type: 'string', short: 'i', multiple: true },
  'exclude-path': { type: 'string', multiple: true },
  'pg-version': { type: 'string' },
  'assume-in-transaction': { type: 'boolean' },
  'no-assume-in-transaction': { type: 'boolean' },
  'stdin-filepath': { type: 'string' },
  static: { type: 'boolean' },
} as const;

export const SQUAWK_USAGE = `Files (squawk's options, by squawk's names):
  FILE...              SQL files, globs ('db/**/*.sql') or - for stdin: lint them statically, as squawk does
                       (every table a file does not create counts as existing). With --repo or --config, or a
                       ripple.config.* in the current directory, against the base schema instead (the migrations
                       before them, on embedded PGlite): tables the change creates are exempt, and a file that does
                       not apply is a new-migration-fails finding
  --static             lint FILE... statically even where a config is found
  -e, --exclude RULE   rules to leave out, comma-separated or repeated (former ids such as
                       require-timeout-settings work too)
  -i, --include RULE   opt-in rules to run (require-table-schema)
  --exclude-path GLOB  files to leave out
  --pg-version N       the PostgreSQL version the migrations run on (default 17): rules whose risk changed
                       with a version follow it
  --assume-in-transaction  each file runs in a transaction its tool opens
  --stdin-filepath P   the path reported for stdin
  --format FORMAT      also gcc (file:line:col: lines) and gitlab (code quality JSON)
  With FILE..., --fail-on defaults to warning (squawk exits 1 on any violation).
`;

interface SquawkValues {
  readonly exclude?: readonly string[] | undefined;
  readonly include?: readonly string[] | undefined;
  readonly 'exclude-path'?: readonly string[] | undefined;
  readonly 'pg-version'?: string | undefined;
  readonly 'assume-in-transaction'?: boolean | undefined;
  readonly 'no-assume-in-transaction'?: boolean | undefined;
}

/** Checks squawk's options: unknown rule ids and bad versions are usage errors. */
export function squawkOptions(values: SquawkValues): SquawkOptions {
  const named = (option: string, list: readonly string[] | undefined): LintRule[] =>
    (list ?? []).flatMap((item) => item.split(',')).map((id) => id.trim()).filter((id) => id.length > 0).flatMap((id) => {
      const rules = rulesNamed(id);
      if (rules.length === 0) throw new RippleError('usage/bad-option', `${option}: no lint rule ${id} (see docs/migration-lint.md)`);
      return rules;
    });
  const excluded = new Set(named('--exclude', values.exclude).map((rule) => rule.id));
  const included = new Set(named('--include', values.include).map((rule) => rule.id));
  const rules = LINT_RULES.filter((rule) => !excluded.has(rule.id) && (DEFAULT_LINT_RULES.includes(rule) || included.has(rule.id)));
  const version = values['pg-version'];
  const major = version === undefined ? undefined : Number.parseInt(version, 10);
  if (major !== undefined && (!Number.isInteger(major) || major < 9 || major > 99 || !/^\d+(\.\d+)*$/.test(version!))) {
    throw new RippleError('usage/bad-option', `--pg-version must be a PostgreSQL version such as 16 or 13.0 (got ${version})`);
  }
  return {
    rules,
    ...(major !== undefined ? { pgVersion: major } : {}),
    assumeInTransaction: values['assume-in-transaction'] === true && values['no-assume-in-transaction'] !== true,
    excludePaths: (values['exclude-path'] ?? []).map(globToRegExp),
  };
}

export interface LintFilesRequest {
  readonly inputs: readonly string[];
  readonly squawk: SquawkOptions;
  readonly output: OutputChoice<LintFormat>;
  /** The repository whose migrations give the base schema; undefined for a static lint. */
  readonly repo?: { readonly root: string; readonly configFile?: string };
  readonly stdinFilepath?: string;
}

/** `ripple lint FILE...`: reads the files, lints them (against the base schema with a repository), prints the report. */
export async function lintFiles(request: LintFilesRequest, io: CliIo): Promise<number> {
  const cwd = process.cwd();
  const relativeTo = request.repo?.root;
  const sources = (await readSources(request.inputs, cwd, relativeTo, request.stdinFilepath, io)).filter((source) => !request.squawk.excludePaths.some((glob) => glob.test(source.file)));
  const options = { rules: request.squawk.rules, assumeInTransaction: request.squawk.assumeInTransaction, ...(request.squawk.pgVersion !== undefined ? { pgVersion: request.squawk.pgVersion } : {}) };
  let findings: readonly Finding[];
  let diagnostics: readonly Diagnostic[] = [];
  let syntaxErrors: readonly SqlSyntaxError[];
  if (request.repo === undefined) {
    ({ findings, syntaxErrors } = await lintSqlFiles(sources, undefined, options));
  } else {
    ({ findings, diagnostics, syntaxErrors } = await lintAgainstRepository(sources, request.repo, options, io));
  }
  for (const error of syntaxErrors) io.stderr(`${error.file}:${error.line}:${error.column}: ${error.message}\n`);
  const report: ImpactReport = { schemaVersion: IMPACT_REPORT_SCHEMA_VERSION, changes: [], apiChanges: [], findings, diagnostics, scope: 'migrations' };
  const exit = await writeReport(report, request.output, io, renderLintReport);
  return syntaxErrors.length > 0 ? EXIT_INPUT : exit;
}

/**
 * With a repository: the given files that are migrations of it are linted as its format reads them; the others as
 * plain SQL after its migrations. The migrations before the first given one build the base schema on PGlite; each
 * statement of the given ones is measured on it (locks, rewrites) in a transaction that is rolled back, then
 * applied; one that fails is a `new-migration-fails` finding beside the static findings.
 */
async function lintAgainstRepository(
  sources: readonly SqlSource[],
  repo: { readonly root: string; readonly configFile?: string },
  options: Parameters<typeof lintMigrations>[2],
  io: CliIo,
): Promise<{ findings: Finding[]; diagnostics: Diagnostic[]; syntaxErrors: SqlSyntaxError[] }> {
  const config = await loadConfig(repo.root, repo.configFile);
  const format = config.migrations.format !== undefined ? { format: config.migrations.format } : {};
  const repository = await loadMigrations(repo.root, config.migrations.dir, { ...format, syntaxErrors: 'report' }).catch((error: unknown) => {
    // A folder Ripple cannot read (no migrations yet, another layout) leaves the base empty: said, not hidden.
    io.stderr(`ripple: lint: the base schema is empty: ${error instanceof Error ? error.message : String(error)}\n`);
    return [] as readonly Migration[];
  });
  const byFile = new Map(repository.map((migration, index) => [migration.file, { migration, index }]));
  const selected = sources.map((source) => byFile.get(source.file)?.migration ?? sqlSourceMigration(source));
  const firstIndex = Math.min(repository.length, ...sources.map((source) => byFile.get(source.file)?.index ?? repository.length));
  const chosen = new Set(selected.map((migration) => migration.file));
  const base = repository.slice(0, firstIndex).filter((migration) => !chosen.has(migration.file));
  const syntaxErrors = selected.flatMap((migration) => [
    ...migration.up.flatMap((statement) => (statement.syntaxError ? [{ file: statement.file, ...statement.syntaxError }] : [])),
    ...(migration.diagnostics ?? []).filter((diagnostic) => diagnostic.code === 'migration/syntax-error').map((diagnostic) => ({ file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column ?? 1, message: diagnostic.message })),
  ]);
  io.stderr(`ripple: applying ${base.length} base migrations from ${config.migrations.dir} on embedded PGlite, then measuring each statement of ${selected.length} given\n`);
  const measured = await measureMigrations(base, selected);
  const ignores = new Map<string, IgnoreComments>(sources.map((source) => [source.file, findIgnoreComments(source.sql)]));
  const repositoryAndGiven = [...repository, ...selected.filter((migration) => !byFile.has(migration.file))];
  const findings = [...(await lintMigrations(selected, measured.base, { ...options, repository: repositoryAndGiven, ignores, measurements: measured.measurements })), ...measured.findings];
  return { findings, diagnostics: [...measured.diagnostics], syntaxErrors };
}

/** Whether a command with files should use the base schema: `--repo`/`--config` given, or a config in the directory. */
export async function configFound(cwd: string): Promise<boolean> {
  for (const file of CONFIG_FILES) if ((await stat(path.join(cwd, file)).catch(() => undefined))?.isFile()) return true;
  return false;
}

/** Reads the inputs: files, globs (expanded here, for shells and CI steps that pass them quoted) and `-` for stdin. */
async function readSources(inputs: readonly string[], cwd: string, relativeTo: string | undefined, stdinFilepath: string | undefined, io: CliIo): Promise<SqlSource[]> {
  const sources: SqlSource[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      if (!io.readStdin) throw new RippleError('usage/no-stdin', 'lint: - reads standard input, which this run has none of');
      sources.push({ file: stdinFilepath ?? '<stdin>', sql: await io.readStdin() });
      continue;
    }
    const isGlob = /[*?[]/.test(input);
    const files = isGlob ? await expandGlob(input, cwd) : [path.resolve(cwd, input)];
    if (files.length === 0) throw new RippleError('input/not-found', `lint: no file matches ${input}`, { file: input, line: 1 });
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const sql = await readFile(file, 'utf8').catch(() => {
        throw new RippleError('input/not-found', `lint: cannot read ${input}`, { file: input, line: 1 });
      });
      sources.push({ file: reportedPath(input, file, relativeTo, isGlob), sql });
    }
  }
  return sources;
}

/**
 * How a file is named in the report: relative to the repository with one (so it matches its migrations); else as
 * given, as squawk prints it (a glob's matches relative to the current directory when inside it, else absolute).
 */
function reportedPath(input: string, file: string, repoRoot: string | undefined, isGlob: boolean): string {
  const slashes = (name: string): string => name.split(path.sep).join('/');
  if (repoRoot !== undefined) return slashes(path.relative(repoRoot, file));
  if (!isGlob) return slashes(input);
  const relative = path.relative(process.cwd(), file);
  return slashes(relative.startsWith('..') ? file : relative);
}

/** The files under the glob's fixed leading directories that match it, sorted; bounded by the directory tree walked. */
async function expandGlob(glob: string, cwd: string): Promise<string[]> {
  const parts = glob.split('/');
  const fixed = parts.findIndex((part) => /[*?[]/.test(part));
  const root = path.resolve(cwd, parts.slice(0, fixed).join('/') || '.');
  const pattern = globToRegExp(parts.slice(fixed).join('/'));
  const matches: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') pending.push(full);
      } else if (pattern.test(path.relative(root, full).split(path.sep).join('/'))) matches.push(full);
    }
  }
  return matches.sort();
}
