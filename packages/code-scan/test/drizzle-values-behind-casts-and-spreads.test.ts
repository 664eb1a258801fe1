import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it('values-behind-casts-and-spreads: a written literal behind `as typeof t.$inferInsert` (Zero); the insert table decides', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'values-behind-casts-and-spreads');
    expect(sites.filter((site) => site.startsWith('src/server/customers.ts'))).toEqual([
      'src/server/customers.ts:9:7 public.customers.email write drizzle createCustomer',
      'src/server/customers.ts:10:7 public.customers.full_name write drizzle createCustomer',
      // The trap: `orders.email`, though the literal is cast to a customer.
      'src/server/customers.ts:18:36 public.orders.email write drizzle createOrder',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('values-behind-casts-and-spreads: the keys of a local literal spread into a written row (Zero); a spread of anything else names none', async () => {
    const { sites } = await scanFixture('drizzle', 'values-behind-casts-and-spreads');
    expect(sites.filter((site) => site.startsWith('src/server/profiles.ts'))).toEqual([
      // `const profile = { fullName, email }`, then `values({ createdAt: new Date(), ...profile })`.
      'src/server/profiles.ts:7:5 public.customers.full_name write drizzle upsertCustomer',
      'src/server/profiles.ts:8:5 public.customers.email write drizzle upsertCustomer',
      'src/server/profiles.ts:12:15 public.customers.created_at write drizzle upsertCustomer',
      'src/server/profiles.ts:13:46 public.customers.email read drizzle upsertCustomer',
      // The trap: `...copied` (a clone of a parameter) names no key.
      'src/server/profiles.ts:19:36 public.orders.customer_id write drizzle copyOrder',
    ]);
  });
});
