import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('kysely adapter', () => {
  it('query-builder: DB interface rows, selectFrom/innerJoin aliases, select/where/orderBy strings, set(); orders.email stays on orders', async () => {
    const { sites, diagnostics } = await scanFixture('kysely', 'query-builder');
    expect(sites).toEqual([
      'src/db.ts:4:3 public.customers.id definition kysely CustomerTable.id',
      'src/db.ts:5:3 public.customers.email definition kysely CustomerTable.email',
      'src/db.ts:6:3 public.customers.full_name definition kysely CustomerTable.full_name',
      'src/db.ts:7:3 public.customers.created_at definition kysely CustomerTable.created_at',
      'src/db.ts:11:3 public.orders.id definition kysely OrderTable.id',
      'src/db.ts:12:3 public.orders.customer_id definition kysely OrderTable.customer_id',
      'src/db.ts:13:3 public.orders.total_cents definition kysely OrderTable.total_cents',
      'src/db.ts:14:3 public.orders.email definition kysely OrderTable.email',
      'src/reports.ts:6:34 public.orders.customer_id filter kysely customerTotals',
      'src/reports.ts:6:51 public.customers.id filter kysely customerTotals',
      'src/reports.ts:7:17 public.customers.email read kysely customerTotals',
      'src/reports.ts:7:28 public.customers.full_name read kysely customerTotals',
      'src/reports.ts:7:51 public.orders.total_cents read kysely customerTotals',
      'src/reports.ts:8:15 public.customers.email filter kysely customerTotals',
      'src/reports.ts:9:15 public.customers.created_at order kysely customerTotals',
      'src/reports.ts:14:43 public.customers.full_name write kysely renameCustomer',
      'src/reports.ts:14:73 public.customers.id filter kysely renameCustomer',
      'src/reports.ts:19:42 public.orders.email read kysely receipts',
      'src/reports.ts:19:57 public.orders.email filter kysely receipts',
    ]);
    expect(diagnostics).toEqual([]);
  });

});
