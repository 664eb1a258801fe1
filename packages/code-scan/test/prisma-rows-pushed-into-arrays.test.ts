import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('rows pushed into a local array, written by createMany', () => {
  it('rows-pushed-into-arrays: the pushed literals\' keys are writes, through a nested createMany too; a log of such an array is nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'rows-pushed-into-arrays');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `orders: { createMany: { data: orders } }` of `customer.create`, `orders` filled by `orders.push({ ... })`.
      'src/server/routers/demo.ts:13:7 public.orders.email write prisma createDemo',
      'src/server/routers/demo.ts:14:7 public.orders.total_cents write prisma createDemo',
      'src/server/routers/demo.ts:20:7 public.customers.email write prisma createDemo',
      'src/server/routers/demo.ts:21:7 public.customers.full_name write prisma createDemo',
      // `order.createMany({ data: rows })`.
      'src/server/routers/demo.ts:33:41 public.orders.email write prisma createOrders',
      'src/server/routers/demo.ts:33:60 public.orders.total_cents write prisma createOrders',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
