import type { Consumer, ImpactedChange, ImpactReport, Level } from '@ripple/model';
import { describe, expect, it } from 'vitest';
import { collectSarifResults } from '../src/render/sarif/collect-sarif-results.js';

const migration = { file: 'db/migrations/0007_drop_email.up.sql', line: 3 };

function reportWith(kind: ImpactedChange['kind'], severity: Level, consumer: Consumer): ImpactReport {
  const change: ImpactedChange = {
    id: `${kind}:public.customers.email`,
    kind,
    table: 'public.customers',
    column: 'email',
    severity,
    summary: kind === 'column-dropped' ? 'dropped' : 'changed',
    migration,
    consumers: [consumer],
  };
  return { schemaVersion: 1, changes: [change], apiChanges: [], findings: [], diagnostics: [] };
}

const code: Consumer = { kind: 'code', file: 'services/billing/src/invoice.ts', line: 42, service: 'billing', access: 'read', adapter: 'drizzle' };

describe('collectSarifResults: which consumers become results', () => {
  const cases: readonly {
    readonly name: string;
    readonly change: ImpactedChange['kind'];
    readonly severity: Level;
    readonly consumer: Consumer;
    readonly expected: readonly [string, Level, string] | undefined;
  }[] = [
    { name: 'forgotten code consumer of a drop', change: 'column-dropped', severity: 'error', consumer: { ...code, status: 'forgotten' }, expected: ['forgotten-consumer', 'error', 'services/billing/src/invoice.ts:42 still reads public.customers.email, dropped in db/migrations/0007_drop_email.up.sql:3'] },
    { name: 'forgotten job consumer writing', change: 'column-renamed', severity: 'error', consumer: { ...code, kind: 'job', access: 'write', status: 'forgotten' }, expected: ['forgotten-consumer', 'error', 'services/billing/src/invoice.ts:42 still writes public.customers.email, changed in db/migrations/0007_drop_email.up.sql:3'] },
    { name: 'handled consumer', change: 'column-dropped', severity: 'error', consumer: { ...code, status: 'handled' }, expected: undefined },
    { name: 'code consumer of a type change, no status', change: 'column-type-changed', severity: 'warning', consumer: code, expected: ['column-type-changed', 'warning', 'services/billing/src/invoice.ts:42 reads public.customers.email, changed in db/migrations/0007_drop_email.up.sql:3'] },
    { name: 'client consumer without access', change: 'column-nullability-changed', severity: 'warning', consumer: { kind: 'client', file: 'web/src/api.ts', line: 7 }, expected: ['column-nullability-changed', 'warning', 'web/src/api.ts:7 uses public.customers.email, changed in db/migrations/0007_drop_email.up.sql:3'] },
    { name: 'consumer of an info change', change: 'column-default-changed', severity: 'info', consumer: code, expected: undefined },
    { name: 'db-object consumer', change: 'column-dropped', severity: 'error', consumer: { kind: 'db-object', object: 'view public.customer_emails' }, expected: undefined },
    { name: 'api consumer', change: 'column-dropped', severity: 'error', consumer: { kind: 'api', file: 'openapi/base.yaml', operation: 'GET /customers', pointer: '/paths/~1customers/get' }, expected: undefined },
  ];

  for (const { name, change, severity, consumer, expected } of cases) {
    it(name, () => {
      const results = collectSarifResults(reportWith(change, severity, consumer)).map((draft) => [draft.ruleId, draft.level, draft.message]);
      expect(results).toEqual(expected ? [expected] : []);
    });
  }

  it('leaves out " in <migration>" when the migration is not known', () => {
    const report = reportWith('column-dropped', 'error', { ...code, status: 'forgotten' });
    const withoutMigration: ImpactReport = { ...report, changes: report.changes.map(({ migration: _migration, ...change }) => change) };
    expect(collectSarifResults(withoutMigration).map((draft) => draft.message)).toEqual([
      'services/billing/src/invoice.ts:42 still reads public.customers.email, dropped',
    ]);
  });
});
