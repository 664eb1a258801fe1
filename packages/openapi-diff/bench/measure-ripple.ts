// Child process of bench/run.ts: loads and diffs one pair with this package, prints one JSON line of figures.
import { performance } from 'node:perf_hooks';
import { diffOpenApi, loadOpenApi } from '../src/index.js';

const [baseFile, headFile] = process.argv.slice(2);
if (baseFile === undefined || headFile === undefined) throw new Error('usage: measure-ripple BASE HEAD');
const started = performance.now();
const [base, head] = await Promise.all([loadOpenApi(baseFile, { root: process.cwd() }), loadOpenApi(headFile, { root: process.cwd() })]);
const loaded = performance.now();
const changes = diffOpenApi(base, head);
const diffed = performance.now();
const levels = { error: 0, warning: 0, info: 0 };
for (const change of changes) levels[change.level]++;
process.stdout.write(
  `${JSON.stringify({
    loadMs: loaded - started,
    diffMs: diffed - loaded,
    operations: base.operations.length,
    findings: changes.length,
    levels,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
  })}\n`,
);
