import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import { findIgnoreComments } from './ignore-comments.js';
import { lintSqlFiles, sqlSourceMigration, type SqlSource } from './lint-files.js';
import { lintMigrationsSync } from './lint-migrations.js';
import { LINT_RULES } from './lint-rules.js';
import { measureMigrations } from './measure-statements.js';
import { SQUAWK_DIFFERENCES } from './squawk-differences.js';

const PACKAGE_ROOT = path.join(import.meta.dirname, '../..');
/** squawk's published cases (its rule tests and docs examples), one SQL file each, linted statically by both. */
export const SQUAWK_CASES_DIR = 'fixtures/lint/squawk-cases';
/** Cases with a base schema (`base.sql`, `change.sql`), where Ripple measures on PGlite and squawk reads `change.sql`. */
export const HELD_IN_DIR = 'fixtures/lint/held-in';
/** The checked-in result; `pnpm lint-docs` renders it into docs/migration-lint.md. */
export const SIDE_BY_SIDE_FILE = 'fixtures/lint/squawk-side-by-side.json';

export interface SideBySideCase {
  /** The case file, relative to the package. */
  readonly case: string;
  /** squawk's rule ids on the case, sorted, once each. */
  readonly squawk: readonly string[];
  /** Ripple's ids that are squawk rules, sorted, once each. */
  readonly ripple: readonly string[];
  readonly verdict: 'agree' | 'differ';
  /** Why, for each rule one reports and the other not (from `SQUAWK_DIFFERENCES`). */
  readonly reasons: readonly string[];
}

export interface SideBySide {
  readonly squawkVersion: string;
  readonly cases: readonly SideBySideCase[];
}

const SQUAWK_IDS = new Set(LINT_RULES.filter((rule) => rule.origin === 'squawk').map((rule) => rule.id));

/** Runs the real squawk-cli and Ripple on every case and compares the rule ids each reports. */
export async function computeSideBySide(options: { readonly cacheFile?: string } = {}): Promise<SideBySide> {
  await loadSqlParser();
  const staticCases = await sqlFiles(SQUAWK_CASES_DIR);
  const heldIn = (await readdir(path.join(PACKAGE_ROOT, HELD_IN_DIR))).sort().map((name) => `${HELD_IN_DIR}/${name}`);
  const squawk = await runSquawk([...staticCases, ...heldIn.map((dir) => `${dir}/change.sql`)]);
  const sources = await Promise.all(staticCases.map(async (file) => ({ file, sql: await readFile(path.join(PACKAGE_ROOT, file), 'utf8') })));
  const ripple = idsByFile((await lintSqlFiles(sources, undefined)).findings);
  for (const dir of heldIn) {
    for (const [file, ids] of idsByFile(await lintHeldIn(dir, options))) ripple.set(file, ids);
  }
  const cases = [...staticCases, ...heldIn.map((dir) => `${dir}/change.sql`)].map((file) => compareCase(file, squawk.get(file) ?? [], ripple.get(file) ?? []));
  return { squawkVersion: await squawkVersion(), cases };
}

/** A held-in case: `base.sql` builds the schema on PGlite, `change.sql` is measured and linted against it. */
export async function lintHeldIn(dir: string, options: { readonly cacheFile?: string } = {}): Promise<readonly { readonly id: string; readonly location: { readonly file: string } }[]> {
  const read = async (name: string): Promise<SqlSource> => ({ file: `${dir}/${name}`, sql: await readFile(path.join(PACKAGE_ROOT, dir, name), 'utf8') });
  const change = await read('change.sql');
  // A case without base.sql needs what PGlite lacks (PostgreSQL 18's virtual generated columns): linted statically.
  if (!(await readdir(path.join(PACKAGE_ROOT, dir))).includes('base.sql')) return (await lintSqlFiles([change], undefined)).findings;
  const base = await read('base.sql');
  const baseMigration: Migration = sqlSourceMigration(base);
  const changeMigration: Migration = sqlSourceMigration(change);
  const measured = await measureMigrations([baseMigration], [changeMigration], options);
  const findings = lintMigrationsSync([changeMigration], measured.base, { measurements: measured.measurements, ignores: new Map([[change.file, findIgnoreComments(change.sql)]]) });
  return [...findings, ...measured.findings];
}

function compareCase(file: string, squawkIds: readonly string[], rippleIds: readonly string[]): SideBySideCase {
  const squawk = [...new Set(squawkIds)].sort();
  const ripple = [...new Set(rippleIds.filter((id) => SQUAWK_IDS.has(id)))].sort();
  const differences = [...squawk.filter((id) => !ripple.includes(id)).map((id) => `squawk-only ${id}`), ...ripple.filter((id) => !squawk.includes(id)).map((id) => `ripple-only ${id}`)];
  const reasons = differences.map((key) => `${key}: ${SQUAWK_DIFFERENCES[`${file} ${key}`] ?? SQUAWK_DIFFERENCES[key] ?? 'UNEXPLAINED'}`);
  return { case: file, squawk, ripple, verdict: differences.length === 0 ? 'agree' : 'differ', reasons };
}

function idsByFile(findings: readonly { readonly id: string; readonly location: { readonly file: string } }[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const finding of findings) byFile.set(finding.location.file, [...(byFile.get(finding.location.file) ?? []), finding.id]);
  return byFile;
}

async function sqlFiles(dir: string): Promise<string[]> {
  const rules = (await readdir(path.join(PACKAGE_ROOT, dir))).sort();
  const files = await Promise.all(rules.map(async (rule) => (await readdir(path.join(PACKAGE_ROOT, dir, rule))).filter((name) => name.endsWith('.sql')).sort().map((name) => `${dir}/${rule}/${name}`)));
  return files.flat();
}

const run = promisify(execFile);
const SQUAWK = path.join(PACKAGE_ROOT, 'node_modules/.bin/squawk');

/** squawk-cli's findings by file (`--reporter json`); squawk exits 1 when it finds anything. */
export async function runSquawk(files: readonly string[], args: readonly string[] = []): Promise<Map<string, string[]>> {
  const output = await run(SQUAWK, ['--reporter', 'json', ...args, ...files], { cwd: PACKAGE_ROOT, maxBuffer: 1 << 28 }).catch((error: { stdout?: string; code?: number }) => {
    if (error.code === 1 && error.stdout !== undefined) return { stdout: error.stdout };
    throw error;
  });
  const violations = JSON.parse(output.stdout) as { file: string; rule_name: string }[];
  return idsByFile(violations.map((violation) => ({ id: violation.rule_name, location: { file: violation.file } })));
}

export async function squawkVersion(): Promise<string> {
  return (await run(SQUAWK, ['--version'])).stdout.trim().replace(/^squawk /, '');
}

/** The checked-in table. */
export async function readSideBySide(): Promise<SideBySide> {
  return JSON.parse(await readFile(path.join(PACKAGE_ROOT, SIDE_BY_SIDE_FILE), 'utf8')) as SideBySide;
}
