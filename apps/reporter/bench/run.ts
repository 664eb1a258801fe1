// `pnpm bench` for the CLI: one whole `ripple report` on fixtures/shop (the migrations replayed on PGlite with the
// rollback rehearsal, the scan of three services and a job, the OpenAPI diff, the join) as a child process, run the
// way users run it: the bundle of the installable package (apps/ripple-impact, built here first). Cold: an empty
// cache directory (PGlite's initdb, every file parsed); warm: the same again (PGlite's data directory, the finished
// rehearsal and the scan results read from the cache). The reference every TypeScript team already waits for:
// `tsc --noEmit` over the same services, measured in the same run. Targets (issue #12): warm under 3 s, cold under 8 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
const shop = join(repoRoot, 'fixtures/shop');
const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
const bundle = join(repoRoot, 'apps/ripple-impact/dist/ripple.js');
const RUNS = 3;

function seconds(command: string, args: readonly string[], options: { readonly allowFailure?: boolean; readonly env?: NodeJS.ProcessEnv } = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, [...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: options.env ?? process.env });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// The bundle users install, built (or taken from turbo's cache) before anything is timed.
seconds('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=ripple-impact', '--output-logs=errors-only'], { env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });

const projects = ['services/orders-api', 'services/billing', 'jobs/nightly-export'].map((dir) => join(shop, dir, 'tsconfig.json'));
// The fixture services import packages they do not install, so tsc reports errors; it still does all the work.
const tscTimes = Array.from({ length: RUNS }, () => projects.reduce((sum, project) => sum + seconds(process.execPath, [tsc, '--noEmit', '-p', project], { allowFailure: true }), 0));
const report = (cacheHome: string) =>
  seconds(process.execPath, [bundle, 'report', '--repo', shop, '--format', 'json', '--output', '/dev/null'], { env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
const coldTimes: number[] = [];
const warmTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const cacheHome = mkdtempSync(join(tmpdir(), 'ripple-bench-cache-'));
  try {
    coldTimes.push(report(cacheHome));
    warmTimes.push(report(cacheHome));
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
}

const reference = median(tscTimes);
const [cold, warm] = [median(coldTimes), median(warmTimes)];
const verdict = (value: number, target: number) => (value < target ? `under the ${target} s target` : `OVER the ${target} s target`);
console.log(`ripple report on fixtures/shop (bundled, as installed), median of ${RUNS} runs`);
console.log(`  tsc --noEmit over its 3 projects (reference): ${reference.toFixed(2)} s`);
console.log(`  cold (empty cache: initdb, 5 migrations + rollback rehearsal, lint, 3 services + 1 job parsed, 1 API diffed): ${cold.toFixed(2)} s = ${(cold / reference).toFixed(2)}x tsc, ${verdict(cold, 8)}`);
console.log(`  warm (cache filled by the cold run): ${warm.toFixed(2)} s = ${(warm / reference).toFixed(2)}x tsc, ${verdict(warm, 3)}`);
