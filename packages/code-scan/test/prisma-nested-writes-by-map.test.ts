import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('Prisma query objects built by a map and compound unique inputs', () => {
  it("nested-writes-by-map: a mapped connectOrCreate's objects are the relation's; a compound key's object names its fields", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'nested-writes-by-map');
    expect(sites.filter((site) => site.startsWith('src/'))).toEqual([
      'src/checkout.ts:8:7 public.customers.email write prisma importCustomer',
      'src/checkout.ts:9:7 public.customers.full_name write prisma importCustomer',
      // `orders.connectOrCreate: items.map((item) => ({ where: { email_customerId: {...} }, create: {...} }))`.
      'src/checkout.ts:14:15 public.orders.email write prisma importCustomer',
      'src/checkout.ts:15:15 public.orders.customer_id write prisma importCustomer',
      'src/checkout.ts:18:21 public.orders.email write prisma importCustomer',
      'src/checkout.ts:18:40 public.orders.total_cents write prisma importCustomer',
      // `findUnique({ where: { email_customerId: { email, customerId } } })`.
      'src/checkout.ts:26:65 public.orders.email filter prisma findOrder',
      'src/checkout.ts:26:72 public.orders.customer_id filter prisma findOrder',
      // `const rows = items.map((item) => { return {...}; })` handed on as `createMany({ data: rows })`.
      'src/checkout.ts:31:14 public.orders.email write prisma importOrders',
      'src/checkout.ts:31:33 public.orders.total_cents write prisma importOrders',
      'src/checkout.ts:31:57 public.orders.customer_id write prisma importOrders',
      // The trap's `where` behind `as never` is read (the literal behind a cast): its `email` is the order's, filtered;
      // `createdAt_day` and the mapped strings still name nothing.
      'src/traps.ts:9:49 public.orders.email filter prisma ordersOn',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
