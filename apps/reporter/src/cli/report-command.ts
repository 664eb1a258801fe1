import { parseArgs } from 'node:util';
import { analyseRepository } from '../pipeline/analyse-repository.js';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputOptions, writeReport } from './output-options.js';
import { ANALYSIS_OPTIONS, ANALYSIS_USAGE, analysisOptions, SCAN_OPTIONS, SCAN_USAGE } from './report-arguments.js';

export const REPORT_USAGE = `Usage: ripple report [--repo DIR] [options]

Joins the schema changes of the new migrations with every consumer of each changed column.

${ANALYSIS_USAGE}
API descriptions:
  --allow-remote-refs  follow $refs to http(s) URLs (off by default; also allowRemoteRefs in ripple.config.json);
                       loopback, private-network and link-local addresses are refused even then
Code scan:
${SCAN_USAGE}
Output:
${OUTPUT_USAGE}`;

export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { ...ANALYSIS_OPTIONS, ...SCAN_OPTIONS, ...OUTPUT_OPTIONS, 'allow-remote-refs': { type: 'boolean' } }, strict: true, allowPositionals: false });
  const analysis = analysisOptions('report', values, io);
  const output = parseOutputOptions(values, io);
  return writeReport(await analyseRepository({
      ...analysis,
      ...(values['type-check'] ? { typeCheck: true } : {}),
      ...(values['allow-remote-refs'] ? { allowRemoteRefs: true } : {}),
    }), output, io);
}
