// `pnpm bench` for the CLI: one whole `ripple report` on fixtures/shop (PGlite from its cache, the scan of three
// services and a job, the OpenAPI diff, the join) as a child process, the way users run it, against the reference
// every TypeScript team already waits for: `tsc --noEmit` over the same services, measured in the same run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
const shop = join(repoRoot, 'fixtures/shop');
const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
const RUNS = 3;

function seconds(command: string, args: readonly string[], options: { readonly allowFailure?: boolean } = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, [...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const projects = ['services/orders-api', 'services/billing', 'jobs/nightly-export'].map((dir) => join(shop, dir, 'tsconfig.json'));
// The fixture services import packages they do not install, so tsc reports errors; it still does all the work.
const tscTimes = Array.from({ length: RUNS }, () => projects.reduce((sum, project) => sum + seconds(process.execPath, [tsc, '--noEmit', '-p', project], { allowFailure: true }), 0));
const reportTimes = Array.from({ length: RUNS }, () =>
  seconds(process.execPath, ['--import', 'tsx', 'apps/reporter/src/bin.ts', 'report', '--repo', shop, '--format', 'json', '--output', '/dev/null']),
);

const reference = median(tscTimes);
const report = median(reportTimes);
console.log(`ripple report on fixtures/shop, median of ${RUNS} runs`);
console.log(`  tsc --noEmit over its 3 projects (reference): ${reference.toFixed(2)} s`);
console.log(`  ripple report (5 migrations on PGlite with the rollback rehearsal, migration lint, 3 services + 1 job scanned, 1 API diffed): ${report.toFixed(2)} s = ${(report / reference).toFixed(2)}x tsc`);
