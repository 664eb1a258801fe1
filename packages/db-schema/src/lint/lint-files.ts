import path from 'node:path';
import { fingerprint, type Finding, type SchemaSnapshot } from '@ripple/model';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser, splitStatements } from '../migrations/split-statements.js';
import { findIgnoreComments, type IgnoreComments } from './ignore-comments.js';
import { lintMigrationsSync, type LintOptions } from './lint-migrations.js';
import { LINT_RULES } from './lint-rules.js';

/** One SQL file to lint: its path as it is reported, and its text. */
export interface SqlSource {
  readonly file: string;
  readonly sql: string;
}

/** A statement PostgreSQL's grammar rejects: `file:line:column: message`. */
export interface SqlSyntaxError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface SqlFilesLint {
  readonly migrations: readonly Migration[];
  readonly findings: readonly Finding[];
  readonly syntaxErrors: readonly SqlSyntaxError[];
}

/** A plain SQL file as a migration: each statement runs as written (`sql-numbered`, no wrapping transaction). */
export function sqlSourceMigration(source: SqlSource): Migration {
  const base = path.posix.basename(source.file).replace(/\.sql$/i, '');
  const version = base.split(/[_-]/)[0] ?? base;
  return { kind: 'migration', file: source.file, version, name: base, format: 'sql-numbered', up: splitStatements(source.sql, source.file) };
}

/**
 * Lints SQL files as squawk does: statically, each file on its own, every table the file does not create counting as
 * existing; with `base`, against that schema instead. A statement that does not parse is a syntax error, not a
 * finding; the file's other statements are still linted. Ignore comments (`-- squawk-ignore`, `-- ripple-ignore`)
 * are read from each file.
 */
export async function lintSqlFiles(sources: readonly SqlSource[], base: SchemaSnapshot | undefined, options: LintOptions = {}): Promise<SqlFilesLint> {
  await loadSqlParser();
  const migrations = sources.map(sqlSourceMigration);
  const ignores = new Map<string, IgnoreComments>(sources.map((source) => [source.file, findIgnoreComments(source.sql)]));
  const syntaxErrors = migrations.flatMap((migration) =>
    migration.up.flatMap((statement) => (statement.syntaxError ? [{ file: statement.file, ...statement.syntaxError }] : [])),
  );
  const findings = lintMigrationsSync(migrations, base, { ...options, ignores: new Map([...ignores, ...(options.ignores ?? [])]) });
  return { migrations, findings, syntaxErrors };
}

/**
 * The fingerprints a finding had under its rule's former ids (`require-timeout-settings`, `prefer-timestamptz`):
 * baselines written before the rename name these, and still accept the finding.
 */
export function formerFingerprints(finding: Pick<Finding, 'id' | 'message' | 'location'>): string[] {
  const rule = LINT_RULES.find((candidate) => candidate.id === finding.id);
  return (rule?.formerIds ?? []).map((id) => fingerprint(id, finding.location.file, finding.message));
}

/** The former ids of a rule (empty for a rule never renamed, or an id that is no lint rule). */
export function formerIdsOf(id: string): readonly string[] {
  return LINT_RULES.find((rule) => rule.id === id)?.formerIds ?? [];
}
