// Child process of bench/run.ts: diffs one pair with Atlassian's `openapi-diff`, prints one JSON line of figures.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import openapiDiff from 'openapi-diff';

const [baseFile, headFile] = process.argv.slice(2);
if (baseFile === undefined || headFile === undefined) throw new Error('usage: measure-atlassian BASE HEAD');
const spec = (location: string): { content: string; location: string; format: 'openapi3' | 'swagger2' } => {
  const content = readFileSync(location, 'utf8');
  return { content, location, format: /"swagger"\s*:\s*"2/.test(content.slice(0, 200)) ? 'swagger2' : 'openapi3' };
};
const started = performance.now();
const outcome = await openapiDiff.diffSpecs({ sourceSpec: spec(baseFile), destinationSpec: spec(headFile) });
const finished = performance.now();
process.stdout.write(
  `${JSON.stringify({
    totalMs: finished - started,
    breaking: outcome.breakingDifferencesFound ? outcome.breakingDifferences.length : 0,
    nonBreaking: outcome.nonBreakingDifferences.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
  })}\n`,
);
