import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('types written as type literals where a type stands', () => {
  it('ui-inline-context: a context created with an inline type, props typed inline; literals of plain values read nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'ui-inline-context');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `useOrders()` returns `useRequiredContext(OrdersContext)`, whose type literal's `orders` is `Array<Order & {...}>`.
      'src/components/order-count.tsx:5:45 public.orders.email read prisma OrderCount',
      'src/components/order-count.tsx:6:32 public.orders.total_cents read prisma OrderCount',
      'src/components/order-line.tsx:6:21 public.orders.total_cents read prisma OrderLine',
      // `props: { order: Order | null }` read whole.
      'src/components/order-line.tsx:11:30 public.orders.created_at read prisma OrderTotal',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
