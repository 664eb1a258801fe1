import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SchemaSnapshot } from '@ripple/model';
import { generateMonorepo } from './generate-monorepo.js';

/**
 * `pnpm bench`: generates a monorepo (10 services on 8 ORMs, 200 entities, 2,000 TypeScript files), then runs,
 * each in its own process, `tsc --noEmit` (the workspace's TypeScript) and the scan cold (empty cache) and warm
 * (cache filled by the cold run), and prints wall time and peak RSS as ratios to tsc; then cold with a worker thread
 * forced on. Each figure is the median of `--repeat` runs. `--scan ROOT SCHEMA CACHE [--threads N]` is the child
 * mode that runs one scan.
 */
const { values, positionals } = parseArgs({
  options: { scan: { type: 'boolean', default: false }, repeat: { type: 'string', default: '3' }, threads: { type: 'string' } },
  allowPositionals: true,
});

if (values.scan) await scanOnce(positionals[0]!, positionals[1]!, positionals[2]!, values.threads === undefined ? undefined : Number(values.threads));
else await bench(Number(values.repeat));

interface Measure {
  readonly seconds: number;
  /** User plus system CPU seconds, all threads: what a loaded machine moves least. */
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly output: string;
}

async function bench(repeat: number): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'ripple-code-scan-bench-'));
  try {
    const repo = join(work, 'repo');
    const schema = await generateMonorepo(repo, { services: 10, entitiesPerService: 20, filesPerService: 200 });
    const schemaFile = join(work, 'schema.json');
    await writeFile(schemaFile, JSON.stringify(schema));
    const tscJs = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');
    const tscVersion = (await run([process.execPath, tscJs, '--version'])).output.trim();
    const self = fileURLToPath(import.meta.url);
    const bundled = await bundleSelf(self);
    const scanArgs = (cache: string, ...more: string[]): string[] => [process.execPath, bundled, '--scan', repo, schemaFile, cache, ...more];
    const sourceArgs = (cache: string, ...more: string[]): string[] => [process.execPath, '--import', 'tsx', self, '--scan', repo, schemaFile, cache, ...more];
    // The default leaves workers to idle cores (by the load average); these force one worker, to show what it does here.
    const twoThreads = ['--threads', '2'];

    const tsc: Measure[] = [];
    const cold: Measure[] = [];
    const warm: Measure[] = [];
    const sourceCold: Measure[] = [];
    const sourceWarm: Measure[] = [];
    const threadedCold: Measure[] = [];
    const sourceThreadedCold: Measure[] = [];
    for (let index = 0; index < repeat; index += 1) {
      const cache = join(work, `cache-${index}`);
      tsc.push(await run([process.execPath, tscJs, '--noEmit', '-p', repo]));
      cold.push(await run(scanArgs(cache)));
      warm.push(await run(scanArgs(cache)));
      const sourceCache = join(work, `source-cache-${index}`);
      sourceCold.push(await run(sourceArgs(sourceCache)));
      sourceWarm.push(await run(sourceArgs(sourceCache)));
      threadedCold.push(await run(scanArgs(join(work, `threaded-cache-${index}`), ...twoThreads)));
      sourceThreadedCold.push(await run(sourceArgs(join(work, `source-threaded-cache-${index}`), ...twoThreads)));
    }
    const reference = median(tsc);
    process.stdout.write(`code-scan bench: 2,000 files, 200 entities, 10 services (${tableCount(schema)} tables), median of ${repeat}\n`);
    process.stdout.write(`scan result: ${cold[0]!.output.trim()}\n`);
    process.stdout.write(`scan result, 2 threads: ${threadedCold[0]!.output.trim()}\n`);
    process.stdout.write(`tsc --noEmit (${tscVersion}) ${reference.seconds.toFixed(2)} s, ${reference.peakMb.toFixed(0)} MB peak, CPU ${reference.cpuSeconds.toFixed(2)} s (exit output ${tsc[0]!.output.trim().split('\n').length - 1} lines)\n`);
    process.stdout.write(`load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}, ${availableParallelism()} cores\n`);
    const figures = [
      ['cold', cold],
      ['warm', warm],
      ['cold, from source (tsx)', sourceCold],
      ['warm, from source (tsx)', sourceWarm],
      ['cold, 2 threads forced', threadedCold],
      ['cold, 2 threads forced, from source (tsx)', sourceThreadedCold],
    ] as const;
    for (const [name, runs] of figures) {
      const figure = median(runs);
      process.stdout.write(
        `scan ${name}: ${figure.seconds.toFixed(2)} s = ${(figure.seconds / reference.seconds).toFixed(3)}x tsc, ` +
          `${figure.peakMb.toFixed(0)} MB peak = ${(figure.peakMb / reference.peakMb).toFixed(2)}x tsc, ` +
          `CPU ${figure.cpuSeconds.toFixed(2)} s = ${(figure.cpuSeconds / reference.cpuSeconds).toFixed(3)}x tsc\n`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * This script bundled into one JavaScript file with esbuild, as a published build runs (no TypeScript compiled at
 * start-up). ts-morph and libpg-query stay outside: they load their own files (TypeScript's lib, the WASM module).
 * Written inside the package so that those resolve from its node_modules.
 */
async function bundleSelf(self: string): Promise<string> {
  // Imported here, not at the top: the `--scan` children run this same file, and a scan does not load esbuild.
  const { build } = await import('esbuild');
  const outdir = join(fileURLToPath(new URL('.', import.meta.url)), '.build');
  await build({
    // The extract worker is an entry of its own, written beside the chunk that starts it (found by `import.meta.url`).
    entryPoints: { 'scan.bundle': self, 'extract-worker': fileURLToPath(new URL('../src/scan/extract-worker.ts', import.meta.url)) },
    bundle: true,
    // Chunks keep the scan's dynamic imports lazy: a warm run answered from the cache never loads TypeScript.
    splitting: true,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    external: ['ts-morph', 'libpg-query', 'esbuild'],
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return join(outdir, 'scan.bundle.mjs');
}

/** Runs a command under `/usr/bin/time`: wall seconds, peak resident memory and CPU seconds of the whole process. */
async function run(argv: readonly string[]): Promise<Measure> {
  const timing = join(tmpdir(), `ripple-bench-time-${process.pid}-${Date.now()}`);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timing, ...argv], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  const [seconds, kilobytes, user, system] = (await readFile(timing, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number);
  await rm(timing, { force: true });
  return { seconds: seconds!, peakMb: kilobytes! / 1024, cpuSeconds: user! + system!, output };
}

function median(runs: readonly Measure[]): Measure {
  const bySeconds = [...runs].sort((a, b) => a.seconds - b.seconds);
  const byMemory = [...runs].sort((a, b) => a.peakMb - b.peakMb);
  const byCpu = [...runs].sort((a, b) => a.cpuSeconds - b.cpuSeconds);
  const middle = Math.floor(runs.length / 2);
  return { seconds: bySeconds[middle]!.seconds, peakMb: byMemory[middle]!.peakMb, cpuSeconds: byCpu[middle]!.cpuSeconds, output: '' };
}

function tableCount(schema: SchemaSnapshot): number {
  return schema.tables.length;
}

async function scanOnce(root: string, schemaFile: string, cacheDir: string, threads: number | undefined): Promise<void> {
  const started = performance.now();
  const { scanUsages } = await import('../src/index.js');
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as SchemaSnapshot;
  const result = await scanUsages({ root, schema, cacheDir, ...(threads === undefined ? {} : { threads }) });
  const byAdapter = new Map<string, number>();
  for (const usage of result.usages) byAdapter.set(usage.adapter, (byAdapter.get(usage.adapter) ?? 0) + 1);
  const adapters = [...byAdapter].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, count]) => `${name} ${count}`);
  process.stdout.write(
    `${result.usages.length} usages (${adapters.join(', ')}), ${result.diagnostics.length} diagnostics, ${((performance.now() - started) / 1000).toFixed(2)} s in process\n`,
  );
}
