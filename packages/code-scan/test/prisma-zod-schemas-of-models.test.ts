import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('zod schemas that mirror a model', () => {
  it("zod-schemas-of-models: the keys of a z.object tied to a model's type (schemaForType<T>()(...), satisfies z.ZodType<T>) declare its fields; a form's own interface and an untied schema give nothing", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'zod-schemas-of-models');
    expect(sites.filter((site) => site.startsWith('src/'))).toEqual([
      'src/models/order.ts:7:5 public.orders.id definition prisma orderSchema',
      'src/models/order.ts:8:5 public.orders.customer_id definition prisma orderSchema',
      'src/models/order.ts:9:5 public.orders.total_cents definition prisma orderSchema',
      'src/models/order.ts:10:5 public.orders.email definition prisma orderSchema',
      'src/models/order.ts:11:5 public.orders.created_at definition prisma orderSchema',
      'src/models/order.ts:16:3 public.customers.id definition prisma customerSchema',
      'src/models/order.ts:17:3 public.customers.email definition prisma customerSchema',
      'src/models/order.ts:18:3 public.customers.full_name definition prisma customerSchema',
      'src/models/order.ts:19:3 public.customers.created_at definition prisma customerSchema',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
