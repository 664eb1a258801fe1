import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { RippleError } from '@ripple/model';
import { baselineFromReport } from '../baseline/baseline-from-report.js';
import { loadBaseline } from '../baseline/load-baseline.js';
import { analyseRepository } from '../pipeline/analyse-repository.js';
import { EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';
import { oneOf } from './output-options.js';
import { ANALYSIS_OPTIONS, ANALYSIS_USAGE, analysisOptions } from './report-arguments.js';

export const BASELINE_USAGE = `Usage: ripple baseline [--repo DIR] --reason TEXT [options]

Writes a baseline accepting every change, API change and finding the report has now, so a gate fails only on new
ones. Entries already in the file keep their reason and expiry.

${ANALYSIS_USAGE}
Baseline:
  --reason TEXT        why these are accepted (required)
  --expires DATE       YYYY-MM-DD after which the entries stop accepting (and fail the gate)
  --min-level LEVEL    error | warning | info (default: warning): accept items at or above it
  --output FILE        the baseline file (default: ripple-baseline.json)
`;

export async function baselineCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...ANALYSIS_OPTIONS,
      reason: { type: 'string' },
      expires: { type: 'string' },
      'min-level': { type: 'string', default: 'warning' },
      output: { type: 'string', default: 'ripple-baseline.json' },
    },
    strict: true,
    allowPositionals: false,
  });
  const analysis = analysisOptions('baseline', values, io);
  if (values.reason === undefined || values.reason.trim() === '') throw new RippleError('usage/missing-option', 'baseline: --reason TEXT is required');
  if (values.expires !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.expires)) {
    throw new RippleError('usage/bad-option', `--expires must be a date, YYYY-MM-DD (got ${values.expires})`);
  }
  const minimum = oneOf(values['min-level'], ['error', 'warning', 'info'] as const, '--min-level');
  const previous = (await stat(values.output).catch(() => undefined)) ? (await loadBaseline(values.output)).baseline : undefined;
  const report = await analyseRepository(analysis);
  const baseline = baselineFromReport(report, {
    reason: values.reason,
    minimum,
    ...(values.expires !== undefined ? { expires: values.expires } : {}),
    ...(previous !== undefined ? { previous } : {}),
  });
  await writeFile(values.output, JSON.stringify(baseline, null, 2) + '\n');
  io.stderr(`ripple: wrote ${baseline.entries.length} entries to ${values.output}\n`);
  return EXIT_OK;
}
