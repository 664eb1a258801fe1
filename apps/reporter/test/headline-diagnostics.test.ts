import { IMPACT_REPORT_SCHEMA_VERSION, type Diagnostic, type ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/render/render-report.js';

const gap: Diagnostic = {
  kind: 'diagnostic',
  code: 'migration/history-incomplete',
  message: 'the base migrations use 2 tables that none of them makes: donation (42), project (11); 53 statements failed on them',
  location: { file: 'migration/1643716017830-ProjectTotalReactions.ts', line: 17 },
};
const failed: Diagnostic = {
  kind: 'diagnostic',
  code: 'migration/base-failed',
  message: 'base migration statement fails, skipped: relation "project" does not exist (in: UPDATE project)',
  location: { file: 'migration/1643716017830-ProjectTotalReactions.ts', line: 17 },
};

// Giveth/impact-graph's first run: one column change, and hundreds of lines under "Not analysed".
const report: ImpactReport = {
  schemaVersion: IMPACT_REPORT_SCHEMA_VERSION,
  changes: [
    {
      id: 'column-added:public.project.isGivbackEligible',
      kind: 'column-added',
      table: 'public.project',
      column: 'isGivbackEligible',
      severity: 'info',
      summary: 'added (boolean not null default false)',
      consumers: [],
    },
  ],
  apiChanges: [],
  findings: [],
  diagnostics: [failed, gap],
};

describe('a report built on an incomplete history says so under its summary', () => {
  it('text: the warning follows the summary line, and stays under "Not analysed"; a single failure does not', () => {
    const lines = renderReport(report, 'text', { color: false }).split('\n');
    expect(lines[1]).toBe(`WARN  migration/history-incomplete  migration/1643716017830-ProjectTotalReactions.ts:17  ${gap.message}`);
    expect(lines.filter((line) => line.includes('migration/history-incomplete'))).toHaveLength(2);
    expect(lines.filter((line) => line.includes('migration/base-failed'))).toHaveLength(1);
  });

  it('markdown: a quoted warning before the table of changes', () => {
    const markdown = renderReport(report, 'markdown', { color: false });
    const quote = markdown.indexOf('> 🟠 **migration/history-incomplete** `migration/1643716017830-ProjectTotalReactions.ts:17`: the base migrations use 2 tables');
    expect(quote).toBeGreaterThan(0);
    expect(quote).toBeLessThan(markdown.indexOf('| | column | change |'));
  });
});
