import type { Finding, ImpactReport } from '@ripple/model';
import { sortImpactReport } from '../join/sort-impact-report.js';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '../render/render-report.js';

/** `ripple lint`'s formats: the report's, plus squawk's `gcc` lines and GitLab's code quality JSON. */
export const LINT_FORMATS = [...REPORT_FORMATS, 'gcc', 'gitlab'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** GitLab code quality severities for Ripple's levels. */
const GITLAB_SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/** Renders a lint report: the report formats as `ripple report` renders them, `gcc` and `gitlab` from its findings. */
export function renderLintReport(report: ImpactReport, format: LintFormat, options: { readonly color: boolean }): string {
  if (format === 'gcc') return renderGcc(sortImpactReport(report).findings);
  if (format === 'gitlab') return renderGitlab(sortImpactReport(report).findings);
  return renderReport(report, format as ReportFormat, options);
}

/** One line per finding, `file:line:col: level: message [rule-id]`, as gcc and squawk's `--reporter gcc` print. */
export function renderGcc(findings: readonly Finding[]): string {
  return findings
    .filter((finding) => !finding.accepted)
    .map((finding) => `${finding.location.file}:${finding.location.line}:${finding.location.column ?? 1}: ${finding.level}: ${finding.message} [${finding.id}]\n`)
    .join('');
}

/** GitLab's code quality report (an array of issues with `check_name`, `fingerprint`, `location.path` and `lines.begin`). */
export function renderGitlab(findings: readonly Finding[]): string {
  const issues = findings
    .filter((finding) => !finding.accepted)
    .map((finding) => ({
      description: finding.message,
      check_name: finding.id,
      fingerprint: finding.fingerprint,
      severity: GITLAB_SEVERITY[finding.level],
      location: { path: finding.location.file, lines: { begin: finding.location.line } },
    }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
