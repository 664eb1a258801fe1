import { parseArgs } from 'node:util';
import { analyseRepository } from '../pipeline/analyse-repository.js';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputOptions, writeReport } from './output-options.js';
import { ANALYSIS_OPTIONS, ANALYSIS_USAGE, analysisOptions } from './report-arguments.js';

export const LINT_USAGE = `Usage: ripple lint [--repo DIR] [options]

The migration gate alone, without scanning code: lints the migrations the change adds for lock, rewrite and
compatibility risk (docs/migration-lint.md), rehearses upgrade, rollback and re-upgrade on embedded PGlite, and
lists the column changes with their database dependents. Same report shape and formats as 'ripple report'.

${ANALYSIS_USAGE}
Output:
${OUTPUT_USAGE}`;

export async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { ...ANALYSIS_OPTIONS, ...OUTPUT_OPTIONS }, strict: true, allowPositionals: false });
  const analysis = analysisOptions('lint', values, io);
  const output = parseOutputOptions(values, io);
  return writeReport(await analyseRepository({ ...analysis, migrationsOnly: true }), output, io);
}
