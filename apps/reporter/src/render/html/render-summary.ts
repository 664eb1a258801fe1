import type { ImpactReport, Level } from '@ripple/model';
import { html, type Html } from './html-template.js';

/** The figures a reader looks at first; each `<div data-count=…>` is also what the browser test reads. */
export interface ReportCounts {
  readonly changes: number;
  readonly errors: number;
  readonly warnings: number;
  readonly consumers: number;
  readonly forgotten: number;
  readonly handled: number;
  readonly apiChanges: number;
  readonly findings: number;
  readonly diagnostics: number;
}

export function countReport(report: ImpactReport): ReportCounts {
  const consumers = report.changes.flatMap((change) => change.consumers);
  const changesAt = (level: Level): number => report.changes.filter((change) => change.severity === level).length;
  return {
    changes: report.changes.length,
    errors: changesAt('error'),
    warnings: changesAt('warning'),
    consumers: consumers.length,
    forgotten: consumers.filter((consumer) => consumer.status === 'forgotten').length,
    handled: consumers.filter((consumer) => consumer.status === 'handled').length,
    apiChanges: report.apiChanges.length,
    findings: report.findings.length,
    diagnostics: report.diagnostics.length,
  };
}

/** `3 column changes, 22 consumers, 3 forgotten` */
export function summariseCounts(counts: ReportCounts): string {
  const forgotten = counts.forgotten > 0 ? `, ${counts.forgotten} forgotten` : '';
  return `${plural(counts.changes, 'column change')}, ${plural(counts.consumers, 'consumer')}${forgotten}`;
}

export function renderSummary(counts: ReportCounts): Html {
  const figures: readonly [keyof ReportCounts, string, string][] = [
    ['changes', 'column changes', ''],
    ['errors', 'errors', counts.errors > 0 ? 'sev-error' : ''],
    ['warnings', 'warnings', counts.warnings > 0 ? 'sev-warning' : ''],
    ['consumers', 'consumers', ''],
    ['forgotten', 'forgotten', counts.forgotten > 0 ? 'sev-error' : ''],
    ['handled', 'handled', ''],
    ['apiChanges', 'API changes', ''],
    ['findings', 'findings', ''],
    ['diagnostics', 'not analysed', counts.diagnostics > 0 ? 'sev-warning' : ''],
  ];
  return html`<dl class="counts">${figures.map(
    ([key, label, tone]) => html`<div class="figure ${tone}" data-count="${key}"><dt>${label}</dt><dd>${counts[key]}</dd></div>`,
  )}</dl>`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
