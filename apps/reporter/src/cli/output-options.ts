import { writeFile } from 'node:fs/promises';
import { levelReaches, RippleError, type ImpactReport, type Level } from '@ripple/model';
import { applyBaseline } from '../baseline/apply-baseline.js';
import { loadBaseline } from '../baseline/load-baseline.js';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '../render/render-report.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import type { CliIo } from './io.js';

/** The options every command that prints a report shares. */
export const OUTPUT_OPTIONS = {
  baseline: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

export const OUTPUT_USAGE = `  --baseline FILE      accept the items FILE lists (see 'ripple baseline'); expired entries are errors
  --format FORMAT      ${REPORT_FORMATS.join(' | ')} (default: text on a terminal, json otherwise)
  --output FILE        write the report to FILE instead of stdout
  --fail-on LEVEL      error | warning | never (default: never): exit 1 when a change, API change or finding reaches LEVEL
`;

const FAIL_ON = ['error', 'warning', 'never'] as const;

/** Where and how to print a report, checked before any slow work. */
export interface OutputChoice<F extends string = ReportFormat> {
  readonly format: F;
  readonly failOn: (typeof FAIL_ON)[number];
  readonly output: string | undefined;
  readonly color: boolean;
  readonly baseline: string | undefined;
}

export function parseOutputOptions<F extends string = ReportFormat>(
  values: {
    readonly format?: string | undefined;
    readonly output?: string | undefined;
    readonly 'fail-on'?: string | undefined;
    readonly baseline?: string | undefined;
  },
  io: CliIo,
  formats: readonly F[] = REPORT_FORMATS as readonly string[] as readonly F[],
  defaultFailOn: (typeof FAIL_ON)[number] = 'never',
): OutputChoice<F> {
  const toTerminal = values.output === undefined && io.stdoutIsTty;
  return {
    format: oneOf(values.format ?? defaultFormat(values.output, io), formats, '--format'),
    failOn: oneOf(values['fail-on'] ?? defaultFailOn, FAIL_ON, '--fail-on'),
    output: values.output,
    color: toTerminal && !io.env['NO_COLOR'],
    baseline: values.baseline,
  };
}

/** Without `--format`: text on a terminal, JSON when piped or written to `--output`. */
export function defaultFormat(output: string | undefined, io: CliIo): 'text' | 'json' {
  return output === undefined && io.stdoutIsTty ? 'text' : 'json';
}

/** Renders the report where asked and returns the exit code `--fail-on` gives. */
export async function writeReport<F extends string = ReportFormat>(
  report: ImpactReport,
  choice: OutputChoice<F>,
  io: CliIo,
  render: (report: ImpactReport, format: F, options: { readonly color: boolean }) => string = renderReport as (report: ImpactReport, format: F, options: { readonly color: boolean }) => string,
): Promise<number> {
  if (choice.baseline !== undefined) {
    const { baseline, text } = await loadBaseline(choice.baseline);
    report = applyBaseline(report, baseline, { file: choice.baseline, text, today: io.today() });
  }
  const output = render(report, choice.format, { color: choice.color });
  if (choice.output !== undefined) await writeFile(choice.output, output);
  else io.stdout(output);
  return choice.failOn !== 'never' && reaches(report, choice.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

/** True when any change, API change or finding that no baseline accepts reaches the level. */
export function reaches(report: ImpactReport, threshold: Level): boolean {
  return (
    report.changes.some((change) => !change.accepted && levelReaches(change.severity, threshold)) ||
    report.apiChanges.some((change) => !change.accepted && levelReaches(change.level, threshold)) ||
    report.findings.some((finding) => !finding.accepted && levelReaches(finding.level, threshold))
  );
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RippleError('usage/bad-option', `${option} must be one of ${allowed.join(', ')} (got ${value ?? 'nothing'})`);
}
