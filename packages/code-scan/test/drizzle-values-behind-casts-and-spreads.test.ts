import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it('values-behind-casts-and-spreads: a written literal behind `as typeof t.$inferInsert` (Zero); the insert table decides', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'values-behind-casts-and-spreads');
    expect(sites.filter((site) => site.startsWith('src/server/'))).toEqual([
      'src/server/customers.ts:9:7 public.customers.email write drizzle createCustomer',
      'src/server/customers.ts:10:7 public.customers.full_name write drizzle createCustomer',
      // The trap: `orders.email`, though the literal is cast to a customer.
      'src/server/customers.ts:18:36 public.orders.email write drizzle createOrder',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
