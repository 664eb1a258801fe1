import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { IMPACT_REPORT_SCHEMA_VERSION, RippleError, type ImpactReport } from '@ripple/model';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputOptions, writeReport } from './output-options.js';

export const RENDER_USAGE = `Usage: ripple render REPORT.json [options]

Re-renders a report saved with --format json, without analysing anything again.

Options:
${OUTPUT_USAGE}`;

export async function renderCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: { ...OUTPUT_OPTIONS }, strict: true, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new RippleError('usage/bad-arguments', 'render: give exactly one saved report (REPORT.json)');
  const output = parseOutputOptions(values, io);
  return writeReport(await readSavedReport(file), output, io);
}

async function readSavedReport(file: string): Promise<ImpactReport> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new RippleError('input/not-found', `${file}: cannot read the report`);
  });
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new RippleError('input/invalid-json', `not valid JSON: ${(error as Error).message}`, { file, line: 1 });
  }
  const version = (report as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== IMPACT_REPORT_SCHEMA_VERSION) {
    throw new RippleError('input/report-version', `schemaVersion ${JSON.stringify(version)}: this ripple reads schemaVersion ${IMPACT_REPORT_SCHEMA_VERSION}`, {
      file,
      pointer: '/schemaVersion',
    });
  }
  for (const key of ['changes', 'apiChanges', 'findings', 'diagnostics'] as const) {
    if (!Array.isArray((report as Record<string, unknown>)[key])) {
      throw new RippleError('input/not-a-report', `not an ImpactReport: ${key} is missing or not an array`, { file, pointer: `/${key}` });
    }
  }
  return report as ImpactReport;
}
