import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { renderReport, REPORT_FORMATS, type ReportFormat } from '../src/render/render-report.js';
import { expectGolden, reverseLists } from './expect-golden.js';

// The reports the end-to-end tests prove the pipeline produces, rendered in every format.
const fixtures = resolve(import.meta.dirname, '../../../fixtures');
const SCENARIOS = {
  shop: 'shop/expected/impact.json',
  'users-email-renamed': 'users-email-renamed/expected/impact.json',
  'members-contact-email': 'members-contact-email/expected/impact.json',
  'accounts-contract-changed': 'accounts-contract-changed/expected/impact.json',
} as const;

const EXTENSION: Readonly<Record<ReportFormat, string>> = { text: 'txt', markdown: 'md', json: 'json', sarif: 'sarif.json', html: 'html' };

describe.each(Object.entries(SCENARIOS))('every format on %s', (scenario, path) => {
  it.each(REPORT_FORMATS)('%s matches its golden file, whatever order the lists come in', async (format) => {
    const report = JSON.parse(await readFile(resolve(fixtures, path), 'utf8')) as ImpactReport;
    const output = renderReport(report, format, { color: false });
    await expectGolden(`${scenario}.${EXTENSION[format]}`, output);
    expect(renderReport(reverseLists(report), format, { color: false })).toBe(output);
  });

  it('colours text only when asked, and colour changes nothing but escape codes', async () => {
    const report = JSON.parse(await readFile(resolve(fixtures, path), 'utf8')) as ImpactReport;
    const coloured = renderReport(report, 'text', { color: true });
    expect(coloured).toMatch(/\u001b\[/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderReport(report, 'text', { color: false }));
  });
});
