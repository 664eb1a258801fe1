import type { ImpactReport } from '@ripple/model';

/** The `ImpactReport` as pretty JSON with a trailing newline: the format users' CI scripts parse. */
export function renderJson(report: ImpactReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
