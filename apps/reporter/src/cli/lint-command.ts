import path from 'node:path';
import { parseArgs } from 'node:util';
import { RippleError } from '@ripple/model';
import { analyseRepository } from '../pipeline/analyse-repository.js';
import type { CliIo } from './io.js';
import { configFound, lintFiles, SQUAWK_OPTIONS, SQUAWK_USAGE, squawkOptions } from './lint-files-command.js';
import { LINT_FORMATS, renderLintReport } from './lint-formats.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputOptions, writeReport } from './output-options.js';
import { ANALYSIS_OPTIONS, ANALYSIS_USAGE, analysisOptions } from './report-arguments.js';

export const LINT_USAGE = `Usage: ripple lint [FILE...] [--repo DIR] [options]

Without FILE: the migration gate alone, without scanning code: lints the migrations the change adds for lock,
rewrite and compatibility risk (docs/migration-lint.md), rehearses upgrade, rollback and re-upgrade on embedded
PGlite, and lists the column changes with their database dependents. Same report shape and formats as 'ripple report'.
With FILE...: lints those SQL files, as squawk does (a drop-in for 'squawk FILE...'). A file that does not parse
prints file:line:col: message and exits 2.

${SQUAWK_USAGE}
${ANALYSIS_USAGE}
Output:
${OUTPUT_USAGE}`;

export async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: { ...ANALYSIS_OPTIONS, ...OUTPUT_OPTIONS, ...SQUAWK_OPTIONS }, strict: true, allowPositionals: true });
  const squawk = squawkOptions(values);
  if (positionals.length === 0) {
    if (values['stdin-filepath'] !== undefined || values.static === true) throw new RippleError('usage/missing-option', 'lint: --stdin-filepath and --static go with FILE... (use - for stdin)');
    const analysis = analysisOptions('lint', values, io);
    const output = parseOutputOptions(values, io, LINT_FORMATS);
    return writeReport(await analyseRepository({ ...analysis, migrationsOnly: true, lintOptions: { rules: squawk.rules, assumeInTransaction: squawk.assumeInTransaction, ...(squawk.pgVersion !== undefined ? { pgVersion: squawk.pgVersion } : {}) } }), output, io, renderLintReport);
  }
  const output = parseOutputOptions(values, io, LINT_FORMATS, 'warning');
  const withBase = values.static !== true && (values.repo !== undefined || values.config !== undefined || (await configFound(process.cwd())));
  const repo = withBase ? { root: path.resolve(values.repo ?? '.'), ...(values.config !== undefined ? { configFile: values.config } : {}) } : undefined;
  return lintFiles({ inputs: positionals, squawk, output, ...(repo ? { repo } : {}), ...(values['stdin-filepath'] !== undefined ? { stdinFilepath: values['stdin-filepath'] } : {}) }, io);
}
