import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('columns read in a UI through React state', () => {
  it("ui-state-hooks: useState<T>'s state is a T, T['key'] is T's member; a form's own state, an enum, an untyped literal and the setters give nothing", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'ui-state-hooks');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `useState<GetCustomer['Success'] | null>(null)`: the endpoint type's `Success` member, its `customer: Customer`.
      'src/pages/CustomerShow.tsx:22:38 public.customers.full_name read prisma CustomerShow',
      'src/pages/CustomerShow.tsx:23:69 public.orders.total_cents read prisma CustomerShow',
      // `React.useState<ReceiptResponse | null>(null)`: the response's `order: Order` and `buyer: Pick<Customer, ...>`.
      'src/pages/Receipts.tsx:19:39 public.orders.total_cents read prisma Receipts',
      'src/pages/Receipts.tsx:19:71 public.customers.email read prisma Receipts',
      // A contract type built from a model (`contract-type`): `ReceiptResponse.order: Order` carries every column of
      // `orders`, which a drop or a rename asks it to change.
      'src/types/api.ts:16:10 public.orders.created_at definition contract-type ReceiptResponse.order.createdAt name-match',
      'src/types/api.ts:16:10 public.orders.customer_id definition contract-type ReceiptResponse.order.customerId name-match',
      'src/types/api.ts:16:10 public.orders.email definition contract-type ReceiptResponse.order.email name-match',
      'src/types/api.ts:16:10 public.orders.id definition contract-type ReceiptResponse.order.id name-match',
      'src/types/api.ts:16:10 public.orders.total_cents definition contract-type ReceiptResponse.order.totalCents name-match',
      // The keys a `Pick<Customer, ...>` names.
      'src/types/api.ts:17:25 public.customers.full_name read prisma -',
      'src/types/api.ts:17:38 public.customers.email read prisma -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
