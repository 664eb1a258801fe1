import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { levelReaches, RippleError, type ImpactReport, type Level } from '@ripple/model';
import { analyseRepository } from '../pipeline/analyse-repository.js';
import { renderJson } from '../render/render-json.js';
import { renderText } from '../render/render-text.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';

export const REPORT_USAGE = `Usage: ripple report --repo DIR [options]

Joins the schema changes of the new migrations with every consumer of each changed column.

Options:
  --repo DIR           the repository to analyse (required); report paths are relative to it
  --config FILE        config file relative to --repo (default: ripple.config.json)
  --format FORMAT      text | json (default: text)
  --output FILE        write the report to FILE instead of stdout
  --fail-on LEVEL      error | warning | never (default: never): exit 1 when a change reaches LEVEL
`;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'never'] as const;

export async function reportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      repo: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'never' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.repo === undefined) throw new RippleError('usage/missing-option', 'report: --repo DIR is required');
  const format = oneOf(values.format, FORMATS, '--format');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on');

  const report = await analyseRepository({
    repo: values.repo,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    progress: (message) => io.stderr(`ripple: ${message}\n`),
  });
  const output = render(report, format, { color: values.output === undefined && io.stdoutIsTty && !io.env['NO_COLOR'] });
  if (values.output !== undefined) await writeFile(values.output, output);
  else io.stdout(output);
  return failOn !== 'never' && reaches(report, failOn) ? EXIT_FINDINGS : EXIT_OK;
}

function render(report: ImpactReport, format: Format, options: { color: boolean }): string {
  return format === 'json' ? renderJson(report) : renderText(report, options);
}

/** True when any change, API change or finding reaches the level. */
export function reaches(report: ImpactReport, threshold: Level): boolean {
  return (
    report.changes.some((change) => levelReaches(change.severity, threshold)) ||
    report.apiChanges.some((change) => levelReaches(change.level, threshold)) ||
    report.findings.some((finding) => levelReaches(finding.level, threshold))
  );
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RippleError('usage/bad-option', `${option} must be one of ${allowed.join(', ')} (got ${value ?? 'nothing'})`);
}
