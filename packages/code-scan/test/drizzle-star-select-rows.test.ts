import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it('star-select-rows: select() of no fields gives whole rows of the from table (Zero); a join gives none', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'star-select-rows');
    expect(sites.filter((site) => site.startsWith('src/server/'))).toEqual([
      'src/server/customers.ts:7:75 public.customers.id filter drizzle customerName',
      // `const [customer] = await db.select().from(customers)...limit(1)`.
      'src/server/customers.ts:8:20 public.customers.full_name read drizzle customerName',
      'src/server/customers.ts:12:63 public.orders.customer_id filter drizzle orderTotals',
      // `rows.map((row) => row.totalCents)`.
      'src/server/customers.ts:13:32 public.orders.total_cents read drizzle orderTotals',
      'src/server/customers.ts:18:80 public.orders.customer_id filter drizzle withOrders',
      'src/server/customers.ts:18:102 public.customers.id filter drizzle withOrders',
      'src/server/customers.ts:18:126 public.customers.id filter drizzle withOrders',
      // The trap: no `first.email` after the join.
    ]);
    expect(diagnostics).toEqual([]);
  });
});
