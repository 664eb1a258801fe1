/**
 * Runs Ripple on every corpus item, twice: `real` (the parent against the squash-merged commit) and `forgotten`
 * (the parent against the parent plus only the commit's new migrations: every truth file must come back as a
 * `forgotten` consumer). Prints per item and in total: ran, seconds, recall, precision, traps, recall per class.
 *
 *   pnpm bench:corpus [item ids | repo short names | owner/name | positive | negative ...] [--limit N] [--per-repo N] [--jobs 1]
 *                     [--mode real|forgotten|both] [--timeout SECONDS] [--json OUT.json] [--markdown] [--no-cache]
 *                     [--cached-only]
 *
 * Results are cached in bench/corpus/.cache per (item, mode, Ripple commit + a hash of the uncommitted diff).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRUTH_CLASSES } from './corpus-item.js';
import { forgottenModeFiles } from './classify-file.js';
import type { Corpus, CorpusItem } from './corpus-item.js';
import { scoreReport } from './score-report.js';
import type { Change, ItemResult, Mode } from './score-report.js';
import { mirrorDir } from './corpus-repos.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');


interface Options {
  readonly filters: readonly string[];
  readonly limit: number;
  readonly perRepo: number;
  readonly jobs: number;
  readonly modes: readonly Mode[];
  readonly timeout: number;
  readonly json?: string;
  readonly markdown: boolean;
  readonly cache: boolean;
  /** Only print what the cache holds for this Ripple version: a report without running anything. */
  readonly cachedOnly: boolean;
}


function parseOptions(argv: readonly string[]): Options {
  const filters: string[] = [];
  let limit = Number.POSITIVE_INFINITY;
  let perRepo = Number.POSITIVE_INFINITY;
  let jobs = 1;
  let modes: Mode[] = ['real', 'forgotten'];
  let timeout = 600;
  let json: string | undefined;
  let markdown = false;
  let cache = true;
  let cachedOnly = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const value = (): string => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--limit') limit = Number(value());
    else if (arg === '--per-repo') perRepo = Number(value());
    else if (arg === '--jobs') jobs = Math.max(1, Number(value()));
    else if (arg === '--timeout') timeout = Number(value());
    else if (arg === '--json') json = value();
    else if (arg === '--markdown') markdown = true;
    else if (arg === '--no-cache') cache = false;
    else if (arg === '--cached-only') cachedOnly = true;
    else if (arg === '--mode') {
      const mode = value();
      modes = mode === 'both' ? ['real', 'forgotten'] : [mode as Mode];
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else filters.push(arg);
  }
  return { filters, limit, perRepo, jobs, modes, timeout, markdown, cache, cachedOnly, ...(json === undefined ? {} : { json }) };
}

function selectItems(corpus: Corpus, options: Options): CorpusItem[] {
  const perRepo = new Map<string, number>();
  const chosen: CorpusItem[] = [];
  for (const item of corpus.items) {
    const short = item.id.slice(0, item.id.lastIndexOf('-'));
    if (options.filters.length > 0 && !options.filters.some((filter) => filter === item.id || filter === short || filter === item.repo || filter === item.type)) continue;
    const count = perRepo.get(item.repo) ?? 0;
    if (count >= options.perRepo) continue;
    perRepo.set(item.repo, count + 1);
    chosen.push(item);
    if (chosen.length >= options.limit) break;
  }
  return chosen;
}

/** The Ripple version results are cached under: the last commit of Ripple's sources plus a hash of uncommitted changes to Ripple's sources. */
function rippleVersion(): string {
  const head = spawnSync('git', ['-C', ROOT, 'log', '-1', '--format=%H', '--', 'packages', 'apps'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['-C', ROOT, 'diff', 'HEAD', '--', 'packages', 'apps'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  return dirty === '' ? head.slice(0, 12) : `${head.slice(0, 12)}+${createHash('sha256').update(dirty).digest('hex').slice(0, 8)}`;
}

function run(command: string, args: readonly string[], options: { cwd?: string; timeout?: number; stdout?: string } = {}): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, stdio: ['ignore', options.stdout === undefined ? 'ignore' : 'pipe', 'pipe'], detached: true });
    let stderr = '';
    let timedOut = false;
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20000)));
    const timer = options.timeout === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeout * 1000);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      done({ code, stderr, timedOut });
    });
  });
}

const MEDIA = ['mp4', 'mov', 'webm', 'gif', 'png', 'jpg', 'jpeg', 'webp', 'ico', 'woff', 'woff2', 'ttf', 'otf', 'pdf', 'zip', 'gz', 'mp3', 'wasm'];

async function extract(repo: string, commit: string, into: string, paths: readonly string[] = []): Promise<void> {
  mkdirSync(into, { recursive: true });
  const script = 'set -o pipefail; g=$1; c=$2; d=$3; shift 3; git --git-dir "$g" archive --format=tar "$c" -- "$@" | tar -x -C "$d"';
  // Partial mirrors lack some large blobs (videos, images, dumps): the scan never reads those, so they are left out,
  // every blob the mirror lacks is left out up front, and any other file git reports missing on the next try.
  const excluded = paths.length > 0 ? [] : [...MEDIA.map((extension) => `:(exclude,glob)**/*.${extension}`), ...missingBlobs(repo, commit).map((file) => `:(exclude,literal)${file}`)];
  for (let attempt = 0; attempt < 20; attempt++) {
    const pathspec = paths.length > 0 ? paths : ['.', ...excluded];
    const result = await run('bash', ['-c', script, 'bash', mirrorDir(repo), commit, into, ...pathspec]);
    if (result.code === 0) return;
    const missing = /invalid object \S+ \S+ for '([^']+)'/.exec(result.stderr)?.[1];
    if (missing === undefined || paths.length > 0) throw new Error(`git archive ${commit.slice(0, 10)}: ${result.stderr.trim().split('\n')[0] ?? ''}`);
    excluded.push(`:(exclude,literal)${missing}`);
  }
  throw new Error(`git archive ${commit.slice(0, 10)}: more than 20 missing blobs`);
}

/** Whether the commit's tree holds the file. */
function existsAt(repo: string, commit: string, file: string): boolean {
  return spawnSync('git', ['--git-dir', mirrorDir(repo), 'cat-file', '-e', `${commit}:${file}`]).status === 0;
}

/** The files of the commit's tree whose blob the (partial) mirror lacks; in-scope code among them is said on stderr. */
function missingBlobs(repo: string, commit: string): string[] {
  const listing = spawnSync('git', ['--git-dir', mirrorDir(repo), 'ls-tree', '-r', '-z', '--full-tree', commit], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
  const pathOf = new Map<string, string[]>();
  for (const entry of listing.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match) pathOf.set(match[1]!, [...(pathOf.get(match[1]!) ?? []), match[2]!]);
  }
  const checked = spawnSync('git', ['--git-dir', mirrorDir(repo), 'cat-file', '--batch-check'], { input: [...pathOf.keys()].join('\n'), encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
  const missing = checked.split('\n').flatMap((line) => (line.endsWith(' missing') ? (pathOf.get(line.split(' ')[0]!) ?? []) : []));
  const code = missing.filter((file) => /\.(ts|tsx|js|jsx|mjs|cjs|sql|prisma)$/.test(file));
  if (code.length > 0) process.stderr.write(`${repo}@${commit.slice(0, 10)}: the mirror lacks ${code.length} code file(s), left out: ${code.slice(0, 3).join(', ')}${code.length > 3 ? ', ...' : ''}\n`);
  return missing;
}

/** What one Ripple run gave, as cached: scoring reads it again each time, so a re-mined truth needs no re-run. */
interface RunRecord {
  readonly ran: boolean;
  readonly error?: string;
  readonly seconds: number;
  readonly report?: { readonly changes: readonly Change[]; readonly diagnostics: readonly { readonly code: string }[] };
}

async function runItem(item: CorpusItem, mode: Mode, options: Options): Promise<RunRecord> {
  const started = process.hrtime.bigint();
  const seconds = (): number => Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10;
  const work = await mkdtemp(join(tmpdir(), 'ripple-corpus-'));
  const fail = (error: string): RunRecord => ({ ran: false, error, seconds: seconds() });
  try {
    const base = join(work, 'base');
    const head = join(work, 'head');
    await extract(item.repo, item.parent, base);
    if (mode === 'real') await extract(item.repo, item.commit, head);
    else {
      await run('cp', ['-a', base, head]);
      await extract(item.repo, item.commit, head, forgottenModeFiles(item, (file) => existsAt(item.repo, item.commit, file)));
    }
    const config = configAt(item, base);
    writeFileSync(join(base, 'ripple.config.json'), config);
    writeFileSync(join(head, 'ripple.config.json'), config);
    const out = join(work, 'report.json');
    const result = await run('node', ['--import', 'tsx', 'apps/reporter/src/bin.ts', 'report', '--repo', head, '--base-dir', base, '--head-dir', head, '--format', 'json', '--output', out], {
      timeout: options.timeout,
    });
    if (result.timedOut) return fail(`timeout after ${options.timeout}s`);
    if ((result.code !== 0 && result.code !== 1) || !existsSync(out)) {
      const lines = result.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^(applying|scanning|loading|reading|diffing|rehearsing)\b/i.test(line));
      return fail(`exit ${result.code}: ${(lines.at(-1) ?? '').replaceAll(work, '<tmp>').slice(0, 300)}`);
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as { changes?: Change[]; diagnostics?: { code: string }[] };
    return {
      ran: true,
      seconds: seconds(),
      report: {
        changes: (report.changes ?? []).map((change) => ({
          kind: change.kind,
          table: change.table,
          column: change.column,
          ...(change.newTable === undefined ? {} : { newTable: change.newTable }),
          consumers: change.consumers.map((consumer) => ({ kind: consumer.kind, ...(consumer.file === undefined ? {} : { file: consumer.file }), ...(consumer.status === undefined ? {} : { status: consumer.status }) })),
        })),
        diagnostics: (report.diagnostics ?? []).map((diagnostic) => ({ code: diagnostic.code })),
      },
    };
  } catch (error) {
    return fail(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The item's config as a user would have written it at the parent: an `initialSchema` dump the tree does not hold yet
 * (opencollective-api's `test/dbdumps` dump exists from 2017-10 on) is left out, and the history replays from empty.
 */
function configAt(item: CorpusItem, base: string): string {
  const text = readFileSync(join(HERE, 'configs', item.config), 'utf8');
  const config = JSON.parse(text) as { migrations?: { initialSchema?: string } };
  const dump = config.migrations?.initialSchema;
  if (dump === undefined || existsSync(join(base, dump))) return text;
  const { initialSchema: _absent, ...migrations } = config.migrations ?? {};
  return `${JSON.stringify({ ...config, migrations })}\n`;
}

/** The cache entry of an item's run: its id, mode and config (a changed config is a new run). */
function cacheName(item: CorpusItem, mode: Mode): string {
  // Forgotten mode's head holds the commit's migration-folder files too (registries): they are part of its input.
  const head = mode === 'forgotten' ? JSON.stringify(forgottenModeFiles(item, () => true)) : '';
  const config = createHash('sha256').update(readFileSync(join(HERE, 'configs', item.config))).update(head).digest('hex').slice(0, 8);
  return `${item.id}.${mode}.${config}.json`;
}

/** An item's figures from its cached run. */
export function resultOf(item: CorpusItem, mode: Mode, record: RunRecord): ItemResult {
  const head = { id: item.id, repo: item.repo, type: item.type, mode, seconds: record.seconds };
  if (!record.ran || record.report === undefined) {
    return {
      ...head, ran: false, error: record.error ?? 'no report', changesFound: [], changesMissed: [], truth: item.truth.length, truthMentioning: 0, foundMentioning: 0,
      found: [], missed: item.truth.map((truth) => truth.file), reported: [], extra: [], traps: 0, byClass: {}, diagnostics: 0,
    };
  }
  return { ...head, ran: true, ...scoreReport(item, mode, record.report) };
}

const percent = (value: number | undefined): string => (value === undefined ? '-' : `${Math.round(value * 100)}%`);

interface Totals {
  readonly items: number;
  readonly ran: number;
  readonly truth: number;
  readonly found: number;
  readonly truthMentioning: number;
  readonly foundMentioning: number;
  readonly reported: number;
  readonly reportedTruth: number;
  readonly traps: number;
  readonly negatives: number;
  readonly seconds: number;
  readonly byClass: Record<string, { found: number; total: number }>;
}

/** Micro-averaged over positive items that ran (negatives give only traps): recall = found / truth files, precision = reported truth / reported files. */
export function totalsOf(results: readonly ItemResult[]): Totals {
  const all = results.filter((result) => result.ran);
  const ran = all.filter((result) => result.type === 'positive');
  const byClass: Record<string, { found: number; total: number }> = {};
  for (const result of ran) {
    for (const [name, entry] of Object.entries(result.byClass)) {
      const total = (byClass[name] ??= { found: 0, total: 0 });
      total.found += entry.found;
      total.total += entry.total;
    }
  }
  return {
    items: results.length,
    ran: all.length,
    truth: ran.reduce((sum, result) => sum + result.truth, 0),
    found: ran.reduce((sum, result) => sum + result.found.length, 0),
    truthMentioning: ran.reduce((sum, result) => sum + result.truthMentioning, 0),
    foundMentioning: ran.reduce((sum, result) => sum + result.foundMentioning, 0),
    reported: ran.reduce((sum, result) => sum + result.reported.length, 0),
    reportedTruth: ran.reduce((sum, result) => sum + result.found.length, 0),
    traps: all.reduce((sum, result) => sum + result.traps, 0),
    negatives: all.filter((result) => result.type === 'negative').length,
    seconds: Math.round(results.reduce((sum, result) => sum + result.seconds, 0)),
    byClass,
  };
}

function printResults(results: readonly ItemResult[], markdown: boolean): string {
  const lines: string[] = [];
  const classes = TRUTH_CLASSES;
  if (markdown) {
    lines.push('| item | mode | ran | s | recall | precision | traps | missed / error |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const result of results) {
      const note = result.ran ? result.missed.slice(0, 3).join(', ') + (result.missed.length > 3 ? ` (+${result.missed.length - 3})` : '') : (result.error ?? '');
      lines.push(`| ${result.id}${result.type === 'negative' ? ' (neg)' : ''} | ${result.mode} | ${result.ran ? 'yes' : 'no'} | ${result.seconds} | ${percent(result.recall)} | ${percent(result.precision)} | ${result.type === 'negative' ? result.traps : ''} | ${note.replace(/\|/g, '\\|')} |`);
    }
  } else {
    for (const result of results) {
      lines.push(
        `${result.id.padEnd(32)} ${result.mode.padEnd(9)} ran=${result.ran ? 'yes' : 'no '} ${String(result.seconds).padStart(6)}s recall=${percent(result.recall).padStart(4)} precision=${percent(result.precision).padStart(4)}` +
          (result.type === 'negative' ? ` traps=${result.traps}` : '') +
          (result.ran ? '' : `  ${result.error ?? ''}`),
      );
      if (result.ran && result.changesMissed.length > 0) lines.push(`    changes not reported: ${result.changesMissed.join(', ')}`);
      if (result.ran) for (const file of result.missed) lines.push(`    missed: ${file}`);
    }
  }
  lines.push('');
  for (const mode of ['real', 'forgotten'] as const) {
    const subset = results.filter((result) => result.mode === mode);
    if (subset.length === 0) continue;
    const totals = totalsOf(subset);
    const perClass = classes.map((name) => `${name} ${totals.byClass[name] ? `${percent(totals.byClass[name].found / totals.byClass[name].total)} (${totals.byClass[name].found}/${totals.byClass[name].total})` : '-'}`).join(', ');
    lines.push(
      `${markdown ? '**' : ''}total ${mode}${markdown ? '**' : ''}: ran ${totals.ran}/${totals.items}, ${totals.seconds}s, recall ${percent(totals.truth ? totals.found / totals.truth : undefined)} (${totals.found}/${totals.truth}), ` +
        `precision ${percent(totals.reported ? totals.reportedTruth / totals.reported : undefined)} (${totals.reportedTruth}/${totals.reported}), traps hit ${totals.traps} in ${totals.negatives} negatives, ` +
        `recall over files whose diff names the column ${percent(totals.truthMentioning ? totals.foundMentioning / totals.truthMentioning : undefined)} (${totals.foundMentioning}/${totals.truthMentioning})`,
      `  recall per class: ${perClass}`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const corpus = JSON.parse(readFileSync(join(HERE, 'items.json'), 'utf8')) as Corpus;
  const items = selectItems(corpus, options);
  const version = rippleVersion();
  const cacheDir = join(HERE, '.cache', 'runs', version);
  mkdirSync(cacheDir, { recursive: true });
  process.stderr.write(`ripple ${version}: ${items.length} items x ${options.modes.length} modes, ${options.jobs} at a time\n`);
  const tasks = items
    .flatMap((item) => options.modes.map((mode) => ({ item, mode })))
    .filter(({ item, mode }) => !options.cachedOnly || existsSync(join(cacheDir, cacheName(item, mode))));
  const results: ItemResult[] = new Array<ItemResult>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < tasks.length; index = next++) {
      const { item, mode } = tasks[index]!;
      const cached = join(cacheDir, cacheName(item, mode));
      let record: RunRecord;
      if (options.cache && existsSync(cached)) record = JSON.parse(readFileSync(cached, 'utf8')) as RunRecord;
      else {
        record = await runItem(item, mode, options);
        // A timeout depends on the machine's load: not cached, the next run tries again.
        if (!record.error?.startsWith('timeout')) writeFileSync(cached, `${JSON.stringify(record)}\n`);
      }
      results[index] = resultOf(item, mode, record);
      const result = results[index]!;
      process.stderr.write(`[${index + 1}/${tasks.length}] ${item.id} ${mode}: ${result.ran ? `recall ${percent(result.recall)} precision ${percent(result.precision)}` : `not ran: ${result.error ?? ''}`} (${result.seconds}s)\n`);
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, () => worker()));
  process.stdout.write(`${printResults(results, options.markdown)}\n`);
  if (options.json !== undefined) writeFileSync(options.json, `${JSON.stringify({ ripple: version, results, totals: { real: totalsOf(results.filter((r) => r.mode === 'real')), forgotten: totalsOf(results.filter((r) => r.mode === 'forgotten')) } }, null, 2)}\n`);
}

await main();
