// pnpm bench:histories [--markdown] [--timeout SECONDS] [--save FILE] PATH...
// pnpm bench:histories [--markdown] --render FILE      (print a saved run again, e.g. as the README table)
//
// For each repository path: read its ripple.config.json, else bench/histories/configs/<basename>.json, else detect
// the migrations folder; load the whole history with the reporter's loaders and replay it on embedded PGlite, one
// statement at a time, carrying on past failures. Prints per repository: format, folder, files, statements,
// failures grouped by reason, not-static diagnostics, seconds and peak RSS. Each repository runs in its own child
// process (`--one PATH`), so peak RSS is its own and a crash or timeout costs one row. Developer-run, not in CI.
import { spawn } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, rehearseMigrations, type Migration } from '../../packages/db-schema/src/index.ts';
import { isRippleError } from '../../packages/model/src/index.ts';
import { CONFIG_FILE, loadConfig, resolveConfig } from '../../apps/reporter/src/config/load-config.ts';
import { migrationLoadOptions } from '../../apps/reporter/src/config/ripple-config.ts';
import { initialSchemaHistory, type InitialSchemaHistory } from '../../apps/reporter/src/pipeline/initial-schema.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

interface RepoResult {
  readonly repo: string;
  readonly commit: string;
  readonly config: string;
  readonly format: string;
  readonly folder: string;
  readonly reason: string;
  readonly files: number;
  readonly statements: number;
  readonly failed: number;
  /** Reason, count and where it first happened; most frequent first. */
  readonly failures: readonly (readonly [reason: string, count: number, first?: string])[];
  readonly notStatic: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === '--one') return runOne(argv[1]!);
  const markdown = argv.includes('--markdown');
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const render = (results: readonly RepoResult[]) => process.stdout.write(markdown ? renderMarkdown(results) : renderText(results));
  const saved = option('--render');
  if (saved !== undefined) return void render(JSON.parse(await readFile(saved, 'utf8')) as RepoResult[]);
  const timeout = Number(option('--timeout') ?? 900);
  const save = option('--save');
  const values = new Set(['--timeout', '--save'].map((name) => argv.indexOf(name) + 1).filter((index) => index > 0));
  const paths = argv.filter((arg, index) => !arg.startsWith('--') && !values.has(index));
  if (paths.length === 0) {
    process.stderr.write('usage: pnpm bench:histories [--markdown] [--timeout SECONDS] [--save FILE] PATH... | --render FILE\n');
    process.exitCode = 2;
    return;
  }
  const results: RepoResult[] = [];
  for (const path of paths) {
    process.stderr.write(`bench:histories ${basename(path)} ...\n`);
    const result = await runChild(resolve(path), timeout);
    results.push(result);
    process.stderr.write(`  ${result.format} ${result.folder}: ${result.files} files, ${result.statements} statements, ${result.failed} failed, ${result.seconds} s, ${result.peakRssMb} MB\n`);
    if (save !== undefined) await writeFile(save, JSON.stringify(results, null, 2) + '\n');
  }
  render(results);
}

/** Runs one repository in a child process and reads its JSON line; a crash or timeout is a row saying so. */
async function runChild(path: string, timeoutSeconds: number): Promise<RepoResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  const line = out.trim().split('\n').at(-1);
  if (code === 0 && line) return JSON.parse(line) as RepoResult;
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const why = code === null ? `killed after ${timeoutSeconds} s` : `child exited with ${code}`;
  return { ...startResult(path, await readCommit(path)), failures: [[why, 1]], seconds };
}

function startResult(path: string, commit: string): RepoResult {
  return { repo: basename(path), commit, config: '', format: '', folder: '', reason: '', files: 0, statements: 0, failed: 0, failures: [], notStatic: 0, seconds: 0, peakRssMb: 0 };
}

/** The child: one repository, one JSON line on stdout. */
async function runOne(path: string): Promise<void> {
  const started = performance.now();
  const commit = await readCommit(path);
  const base = startResult(path, commit);
  const finish = (result: RepoResult) => {
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(JSON.stringify({ ...result, seconds, peakRssMb }) + '\n');
  };
  let config;
  let configName = 'detected';
  try {
    const benchConfig = join(HERE, 'configs', `${basename(path)}.json`);
    if (await isFile(join(path, CONFIG_FILE))) {
      configName = CONFIG_FILE;
      config = await loadConfig(path, CONFIG_FILE);
    } else if (await isFile(benchConfig)) {
      configName = `configs/${basename(path)}.json`;
      config = await resolveConfig(path, JSON.parse(await readFile(benchConfig, 'utf8')), configName);
    } else {
      config = await loadConfig(path);
    }
  } catch (error) {
    return finish({ ...base, config: configName, failures: [[`config: ${describeError(error)}`, 1]] });
  }
  const folder = config.migrations.dir;
  const reason = config.detected?.reason ?? `migrations.dir in ${configName}`;
  let migrations: readonly Migration[];
  let initial: InitialSchemaHistory | undefined;
  try {
    // As `ripple report` reads a history: a base file the grammar rejects is a diagnostic, not the end; a dump the
    // history starts from (migrations.initialSchema) comes first, without the migrations it records.
    migrations = await loadMigrations(path, folder, { ...migrationLoadOptions(config), syntaxErrors: 'report' });
    initial = await initialSchemaHistory(path, config, migrations);
    if (initial) migrations = initial.pending;
  } catch (error) {
    return finish({ ...base, config: configName, folder, reason, format: config.migrations.format ?? '?', failures: [[`load: ${describeError(error)}`, 1, locate(error)]] });
  }
  const format = migrations[0]?.format ?? config.migrations.format ?? '?';
  if (migrations.length === 0) {
    return finish({ ...base, config: configName, folder, reason, format, failures: [['load: the loader read no migration from the folder\'s files (their names or shape are not the ones it knows)', 1]] });
  }
  const notStatic = migrations.reduce((sum, migration) => sum + (migration.diagnostics?.filter((diagnostic) => diagnostic.code === 'migration/not-static').length ?? 0), 0);
  const statements = migrations.reduce((sum, migration) => sum + migration.up.length, 0);
  const failures = new Map<string, { count: number; first: string }>();
  let failed = 0;
  // The report's own replay: every migration is a base migration, replayed as its runner would (a transaction per
  // file where it uses one), going on past what fails; what it went past comes back as diagnostics.
  const count = (code: string, message: string, where: string) => {
    const key = `${code}: ${groupingReason(message)}`;
    const seen = failures.get(key);
    if (seen) seen.count += 1;
    else failures.set(key, { count: 1, first: where });
  };
  const rehearsal = await rehearseMigrations(initial?.migrations ?? migrations, []);
  for (const diagnostic of rehearsal.diagnostics) {
    if (diagnostic.code === 'migration/rehearsal-skipped') continue;
    if (diagnostic.code === 'migration/base-failed') failed += 1;
    count(diagnostic.code, diagnostic.message, `${diagnostic.location.file}:${diagnostic.location.line}`);
  }
  const grouped = [...failures].map(([reason, { count, first }]) => [reason, count, first] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  finish({ ...base, config: configName, format, folder, reason, files: migrations.length, statements, failed, failures: grouped, notStatic });
}

function describeError(error: unknown): string {
  if (isRippleError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** `file:line` of a RippleError, relative to the repository. */
function locate(error: unknown): string {
  const location = isRippleError(error) ? error.location : undefined;
  return location && 'file' in location && location.file !== undefined ? `${location.file}${'line' in location && location.line !== undefined ? `:${location.line}` : ''}` : '';
}

/** PostgreSQL's message without names (but extensions') and the statement excerpt, so failures of one kind group. */
function groupingReason(message: string): string {
  const text = message.replace(/ \(in: [\s\S]*$/, '');
  const unnamed = /extension "[^"]*"/.test(text) ? text : text.replace(/"[^"]*"/g, '"…"');
  return unnamed.replace(/\b\d+\b/g, 'N').slice(0, 120);
}

async function readCommit(path: string): Promise<string> {
  try {
    const head = (await readFile(join(path, '.git', 'HEAD'), 'utf8')).trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 12);
    const ref = head.slice(5);
    const loose = await readFile(join(path, '.git', ref), 'utf8').catch(() => undefined);
    if (loose) return loose.trim().slice(0, 12);
    const packed = await readFile(join(path, '.git', 'packed-refs'), 'utf8');
    return packed.split('\n').find((line) => line.endsWith(` ${ref}`))?.slice(0, 12) ?? '?';
  } catch {
    return '?';
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

const COLUMNS = ['repository', 'commit', 'format', 'folder', 'files', 'statements', 'failed', 'not static', 's', 'RSS MB'] as const;

function tableRow(result: RepoResult): string[] {
  return [result.repo, result.commit, result.format, result.folder, String(result.files), String(result.statements), String(result.failed), String(result.notStatic), String(result.seconds), String(result.peakRssMb)];
}

function listFailures(result: RepoResult): string[] {
  return result.failures.slice(0, 8).map(([reason, count, first]) => `${count} × ${reason}${first ? ` (first: ${first})` : ''}`).concat(result.failures.length > 8 ? [`… ${result.failures.length - 8} more reasons`] : []);
}

function renderText(results: readonly RepoResult[]): string {
  const rows = [[...COLUMNS], ...results.map(tableRow)];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((cells) => cells[index]!.length)));
  const lines = rows.map((cells) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ').trimEnd());
  for (const result of results) {
    lines.push('', `${result.repo}: ${result.reason || '(no folder)'} [${result.config}]`);
    for (const line of listFailures(result)) lines.push(`  ${line}`);
  }
  return lines.join('\n') + '\n';
}

function renderMarkdown(results: readonly RepoResult[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const lines = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => ' --- ').join('|')}|`];
  for (const result of results) lines.push(`| ${tableRow(result).map((cell, index) => (index === 3 && cell !== '' ? `\`${cell}\`` : escape(cell))).join(' | ')} |`);
  lines.push('');
  for (const result of results) {
    lines.push(`- **${result.repo}** (${result.config}): ${escape(result.reason || 'no folder')}`);
    for (const line of listFailures(result)) lines.push(`  - ${escape(line)}`);
  }
  return lines.join('\n') + '\n';
}

await main(process.argv.slice(2));
