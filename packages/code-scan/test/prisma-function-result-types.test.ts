import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe("types written from a function's result or a zod schema", () => {
  it('function-result-types: ReturnType<typeof f> is what a call of f gives, z.infer<typeof X> is the schema X; another table, an unmirrored schema and a computed result name nothing of customers', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'function-result-types');
    expect(sites.filter((site) => site.startsWith('src/app/'))).toEqual([
      // The Pick's keys, of the row `getCustomer` returns.
      'src/app/settings/actions.ts:7:84 public.customers.email read prisma -',
      'src/app/settings/actions.ts:7:94 public.customers.full_name read prisma -',
      // `data` is the schema picked from the mirror `ZCustomerUpdateInput` (by name); `customer` the row.
      'src/app/settings/actions.ts:10:22 public.customers.email read prisma resolveContact name-match',
      'src/app/settings/actions.ts:10:40 public.customers.email read prisma resolveContact',
      'src/app/settings/actions.ts:11:34 public.customers.full_name read prisma resolveContact',
      // Another table's field of the same name.
      'src/app/settings/actions.ts:15:85 public.orders.email read prisma -',
      'src/app/settings/schemas.ts:4:66 public.customers.email definition prisma ZCustomerContactInput.email name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
