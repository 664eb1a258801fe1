import type { Diagnostic, ImpactReport } from '@ripple/model';

/**
 * Diagnostics that say the report as a whole is partial (the base migrations use tables none of them makes): shown
 * under the summary line as well as under "Not analysed", where one line among hundreds would go unread.
 */
const HEADLINE_CODES: ReadonlySet<string> = new Set(['migration/history-incomplete']);

export function headlineDiagnostics(report: ImpactReport): Diagnostic[] {
  return report.diagnostics.filter((diagnostic) => HEADLINE_CODES.has(diagnostic.code));
}
