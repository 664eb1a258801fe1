// pnpm bench (first part): lint time for 1,000 migration files, Ripple's static lint against the real squawk-cli on the
// same files, as a ratio (goal: at most 2x squawk). The files are squawk's published cases (fixtures/lint/squawk-cases),
// cycled to 1,000 under migration names. Ripple is timed in-process from reading the files to the findings (the
// parser's WASM loaded once before, as in a CLI run); squawk as its process, which includes its start-up.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { lintSqlFiles } from '../src/lint/lint-files.js';
import { loadSqlParser } from '../src/migrations/split-statements.js';

const FILES = 1_000;
const RUNS = 5;
const root = path.join(import.meta.dirname, '..');
const casesDir = path.join(root, 'fixtures/lint/squawk-cases');
const cases = readdirSync(casesDir)
  .sort()
  .flatMap((rule) => readdirSync(path.join(casesDir, rule)).sort().map((name) => readFileSync(path.join(casesDir, rule, name), 'utf8')));

const dir = mkdtempSync(path.join(os.tmpdir(), 'ripple-lint-bench-'));
const files: string[] = [];
for (let index = 0; index < FILES; index += 1) {
  const file = path.join(dir, `${String(index + 1).padStart(4, '0')}_migration.sql`);
  writeFileSync(file, cases[index % cases.length]!);
  files.push(file);
}
const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);

const run = promisify(execFile);
const squawk = path.join(root, 'node_modules/.bin/squawk');
const median = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

async function timeRipple(): Promise<{ ms: number; findings: number }> {
  const start = performance.now();
  const sources = await Promise.all(files.map(async (file) => ({ file, sql: await readFile(file, 'utf8') })));
  const { findings } = await lintSqlFiles(sources, undefined);
  return { ms: performance.now() - start, findings: findings.length };
}

async function timeSquawk(): Promise<{ ms: number; findings: number }> {
  const start = performance.now();
  const { stdout } = await run(squawk, ['--reporter', 'json', ...files], { maxBuffer: 1 << 28 }).catch((error: { stdout?: string; code?: number }) => {
    if (error.code === 1 && error.stdout !== undefined) return { stdout: error.stdout };
    throw error;
  });
  return { ms: performance.now() - start, findings: (JSON.parse(stdout) as unknown[]).length };
}

try {
  await loadSqlParser();
  await timeRipple(); // warm: the JIT, the file cache
  const ripple: number[] = [];
  const squawkTimes: number[] = [];
  let counts = { ripple: 0, squawk: 0 };
  for (let round = 0; round < RUNS; round += 1) {
    const r = await timeRipple();
    const s = await timeSquawk();
    ripple.push(r.ms);
    squawkTimes.push(s.ms);
    counts = { ripple: r.findings, squawk: s.findings };
  }
  const [rippleMs, squawkMs] = [median(ripple), median(squawkTimes)];
  const { stdout: version } = await run(squawk, ['--version']);
  process.stdout.write(
    [
      `lint of ${FILES} migration files (${(bytes / 1024).toFixed(0)} KiB, squawk's published cases cycled), median of ${RUNS} interleaved runs:`,
      `  ripple lint (static, in-process): ${rippleMs.toFixed(0)} ms, ${counts.ripple} findings`,
      `  ${version.trim()} (its process):   ${squawkMs.toFixed(0)} ms, ${counts.squawk} findings`,
      `  ratio ripple / squawk: ${(rippleMs / squawkMs).toFixed(2)}x (goal: at most 2x)`,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
