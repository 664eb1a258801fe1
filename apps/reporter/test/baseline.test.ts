import type { ImpactReport } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../src/baseline/apply-baseline.js';
import { baselineFileSchema } from '../src/baseline/baseline-file.js';
import { baselineFromReport } from '../src/baseline/baseline-from-report.js';
import { reaches } from '../src/cli/output-options.js';

const report: ImpactReport = {
  schemaVersion: 1,
  changes: [
    { id: 'column-dropped:public.orders.legacy_status', kind: 'column-dropped', table: 'public.orders', column: 'legacy_status', severity: 'error', summary: 'dropped', consumers: [] },
    { id: 'column-type-changed:public.items.price', kind: 'column-type-changed', table: 'public.items', column: 'price', severity: 'warning', summary: 'type changed', consumers: [] },
  ],
  apiChanges: [
    { kind: 'api-change', id: 'response-required-property-removed', level: 'error', operation: 'GET /x', pointer: '/p', message: 'm', file: 'api.yaml', fingerprint: 'f1' },
  ],
  findings: [],
  diagnostics: [],
};

const text = `{
  "version": 1,
  "entries": [
    { "change": "column-dropped:public.orders.legacy_status", "reason": "warehouse feed moved", "expires": "2026-12-31" },
    { "fingerprint": "f1", "reason": "v2 clients only" },
    { "fingerprint": "gone", "reason": "old" },
    { "change": "column-type-changed:public.items.price", "reason": "too late", "expires": "2026-01-01" }
  ]
}
`;
const baseline = baselineFileSchema.parse(JSON.parse(text));

describe('applyBaseline', () => {
  const applied = applyBaseline(report, baseline, { file: 'ripple-baseline.json', text, today: '2026-11-25' });

  it('marks accepted items with the reason and expiry, and they stop counting for --fail-on', () => {
    expect(applied.changes[0]!.accepted).toEqual({ reason: 'warehouse feed moved', expires: '2026-12-31' });
    expect(applied.apiChanges[0]!.accepted).toEqual({ reason: 'v2 clients only' });
    expect(reaches({ ...applied, findings: [] }, 'error')).toBe(false);
    expect(reaches(report, 'error')).toBe(true);
  });

  it('turns an expired entry into an error finding at its line, and an unused one into info', () => {
    expect(applied.changes[1]).not.toHaveProperty('accepted');
    expect(applied.findings.map((finding) => [finding.id, finding.level, finding.location.line])).toEqual([
      ['baseline-entry-unused', 'info', 6],
      ['baseline-entry-expired', 'error', 7],
    ]);
    expect(reaches(applied, 'error')).toBe(true);
  });

  it('is still in force on its expiry date', () => {
    const onTheDay = applyBaseline(report, baseline, { file: 'b.json', text, today: '2026-12-31' });
    expect(onTheDay.changes[0]!.accepted).toBeDefined();
  });
});

describe('baselineFileSchema', () => {
  it.each([
    ['an entry with both change and fingerprint', { version: 1, entries: [{ change: 'a', fingerprint: 'b', reason: 'r' }] }],
    ['an entry without a reason', { version: 1, entries: [{ change: 'a' }] }],
    ['a date that is not ISO', { version: 1, entries: [{ change: 'a', reason: 'r', expires: '31/12/2026' }] }],
    ['another version', { version: 2, entries: [] }],
  ])('rejects %s', (_name, value) => {
    expect(baselineFileSchema.safeParse(value).success).toBe(false);
  });
});

describe('baselineFromReport', () => {
  it('accepts what reaches the minimum level and keeps earlier reasons', () => {
    const made = baselineFromReport(report, {
      reason: 'initial',
      minimum: 'error',
      previous: { version: 1, entries: [{ fingerprint: 'f1', reason: 'kept', expires: '2027-01-01' }] },
    });
    expect(made).toEqual({
      version: 1,
      entries: [
        { change: 'column-dropped:public.orders.legacy_status', what: 'public.orders.legacy_status dropped', reason: 'initial' },
        { fingerprint: 'f1', what: 'response-required-property-removed GET /x', reason: 'kept', expires: '2027-01-01' },
      ],
    });
  });
});
