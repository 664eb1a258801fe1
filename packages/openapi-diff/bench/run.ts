// `pnpm bench`: diffs two GitHub REST descriptions from @octokit/openapi (about 11 MB each) and a Twilio-size pair
// with this package and with Atlassian's `openapi-diff`, each pair in its own child process (so peak memory is
// that pair's alone), and prints the figures with the ratio between the two tools.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { twilioSizeSpec } from './twilio-size-spec.js';

const packageRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** Atlassian's tool gets this much heap; on the GitHub pair it runs out of it (or of time). */
const ATLASSIAN_HEAP_MB = 2048;
const ATLASSIAN_TIMEOUT_MS = 180_000;

interface Pair {
  readonly name: string;
  readonly base: string;
  readonly head: string;
}

interface Run {
  readonly ok: boolean;
  readonly wallMs: number;
  readonly figures: Record<string, unknown>;
  readonly failure: string;
}

function twilioPair(): Pair {
  const dir = path.join(tmpdir(), 'ripple-openapi-diff-bench');
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, 'twilio-size_base.json');
  const head = path.join(dir, 'twilio-size_revision.json');
  writeFileSync(base, JSON.stringify(twilioSizeSpec(0), null, 2));
  writeFileSync(head, JSON.stringify(twilioSizeSpec(1), null, 2));
  return { name: 'Twilio-size (synthetic)', base, head };
}

const PAIRS: readonly Pair[] = [
  {
    name: 'GitHub REST @octokit/openapi 22.0.0 → 23.0.2',
    base: path.join(packageRoot, 'node_modules/octokit-openapi-base/generated/api.github.com.json'),
    head: path.join(packageRoot, 'node_modules/octokit-openapi-head/generated/api.github.com.json'),
  },
  twilioPair(),
];

/**
 * The measuring script bundled into one JavaScript file, as a published CLI ships: no TypeScript compiled at start-up.
 * Without it, tsx's loader hooks on each of the ~450 source files cost about 0.5 s of every run.
 */
async function bundle(script: string): Promise<string> {
  // Inside the package, so that what the generated validators require() at run time resolves from its node_modules.
  const outfile = path.join(packageRoot, 'bench', '.build', script.replace(/\.ts$/, '.bundle.mjs'));
  await build({
    entryPoints: [path.join(packageRoot, 'bench', script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // CommonJS dependencies (swagger-parser) call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}

function measure(script: string, pair: Pair, nodeOptions: readonly string[], timeout: number): Run {
  const started = performance.now();
  const entry = script.endsWith('.mjs') ? [script] : ['--import', 'tsx', path.join('bench', script)];
  const child = spawnSync(process.execPath, [...nodeOptions, ...entry, pair.base, pair.head], {
    cwd: packageRoot,
    encoding: 'utf8',
    timeout,
    maxBuffer: 1 << 20,
  });
  const wallMs = performance.now() - started;
  if (child.status === 0) return { ok: true, wallMs, figures: JSON.parse(child.stdout) as Record<string, unknown>, failure: '' };
  const outOfMemory = /heap out of memory|Allocation failed/i.test(child.stderr);
  const failure = outOfMemory
    ? `out of memory at a ${ATLASSIAN_HEAP_MB} MB heap after ${seconds(wallMs)}`
    : child.error !== undefined
      ? `no result within ${seconds(timeout)} (${child.error.message})`
      : `exit ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').at(-1) ?? ''}`;
  return { ok: false, wallMs, figures: {}, failure };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (file: string): string => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

console.log(`node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)} at start`);
process.on('exit', () => console.log(`\nload average ${loadavg()[0]?.toFixed(2)} at the end`));
const bundled = await bundle('measure-ripple.ts');
for (const pair of PAIRS) {
  console.log(`\n${pair.name}: ${megabytes(pair.base)} → ${megabytes(pair.head)}`);
  // From the TypeScript sources through tsx, as `pnpm ripple` runs in a checkout: best of three, for reference.
  const fromSource = [0, 1, 2].map(() => measure('measure-ripple.ts', pair, [], 120_000)).filter((run) => run.ok);
  if (fromSource.length > 0) console.log(`  @ripple/openapi-diff from source (tsx): whole command ${seconds(Math.min(...fromSource.map((run) => run.wallMs)))} wall`);
  // The best of three runs of the bundled build: on a shared machine the slower runs measure the neighbours.
  const runs = [0, 1, 2].map(() => measure(bundled, pair, [], 120_000));
  const ours = runs.filter((run) => run.ok).sort((a, b) => a.wallMs - b.wallMs)[0];
  if (!ours) {
    console.log(`  @ripple/openapi-diff failed: ${runs[0]?.failure ?? ''}`);
    continue;
  }
  type Figures = { loadMs: number; diffMs: number; cpuMs: number; peakRssMb: number; findings: number; operations: number; levels: Record<string, number> };
  const all = runs.filter((run) => run.ok).map((run) => run.figures as Figures);
  const best = (key: 'loadMs' | 'diffMs' | 'cpuMs' | 'peakRssMb'): number => Math.min(...all.map((figures) => figures[key]));
  const f = ours.figures as Figures;
  console.log(
    `  @ripple/openapi-diff bundled (best of ${all.length}): load ${seconds(best('loadMs'))} (both), diff ${seconds(best('diffMs'))}, whole command ${seconds(ours.wallMs)} wall / ${seconds(best('cpuMs'))} CPU, peak RSS ${Math.round(best('peakRssMb'))} MB; ${f.operations} operations, ${f.findings} findings (${f.levels.error} error, ${f.levels.warning} warning, ${f.levels.info} info)`,
  );
  const theirs = measure('measure-atlassian.ts', pair, [`--max-old-space-size=${ATLASSIAN_HEAP_MB}`], ATLASSIAN_TIMEOUT_MS);
  if (!theirs.ok) {
    console.log(`  Atlassian openapi-diff 0.24.1: did not finish: ${theirs.failure}`);
    continue;
  }
  const t = theirs.figures as { totalMs: number; cpuMs: number; peakRssMb: number; breaking: number; nonBreaking: number };
  console.log(
    `  Atlassian openapi-diff 0.24.1: whole command ${seconds(theirs.wallMs)} wall / ${seconds(t.cpuMs)} CPU, peak RSS ${Math.round(t.peakRssMb)} MB; ${t.breaking} breaking, ${t.nonBreaking} non-breaking`,
  );
  console.log(
    `  ratio (Atlassian / Ripple): ${(theirs.wallMs / ours.wallMs).toFixed(1)}× wall, ${(t.cpuMs / best('cpuMs')).toFixed(1)}× CPU, ${(t.peakRssMb / best('peakRssMb')).toFixed(1)}× memory`,
  );
}
