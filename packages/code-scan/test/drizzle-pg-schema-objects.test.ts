import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  'billing.invoices': ['id', 'amount_cents', 'paid_at'],
  'ledger.entries': ['id', 'amount_cents'],
  'public.entries': ['id', 'amount_cents'],
});

describe('drizzle adapter', () => {
  it('pg-schema-objects: tables declared on a pgSchema object of the file or imported from another module (latitude-llm)', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'pg-schema-objects', { schema: SCHEMA });
    expect(sites).toEqual([
      'src/db/invoices.ts:6:3 billing.invoices.id definition drizzle invoices.id',
      'src/db/invoices.ts:7:3 billing.invoices.amount_cents definition drizzle invoices.amountCents',
      'src/db/invoices.ts:8:3 billing.invoices.paid_at definition drizzle invoices.paidAt',
      'src/db/ledger.ts:7:3 ledger.entries.id definition drizzle entries.id',
      'src/db/ledger.ts:8:3 ledger.entries.amount_cents definition drizzle entries.amountCents',
      'src/services/billing.ts:10:39 billing.invoices.amount_cents read drizzle unpaidTotal',
      'src/services/billing.ts:10:91 billing.invoices.paid_at filter drizzle unpaidTotal',
      'src/services/billing.ts:14:37 ledger.entries.amount_cents write drizzle book',
      'src/services/billing.ts:18:35 billing.invoices.paid_at write drizzle markPaid',
      'src/services/billing.ts:18:75 billing.invoices.id filter drizzle markPaid',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
