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
      // Contract types built from a model (`contract-type`), exactly: `Order` of `@prisma/client` is the model itself.
      // The endpoint type's `Success: { customer: Customer; lastOrder: Order | null }`, inside its type literal.
      'src/types/api.ts:8:15 public.customers.created_at definition contract-type GetCustomer.Success.customer.createdAt',
      'src/types/api.ts:8:15 public.customers.email definition contract-type GetCustomer.Success.customer.email',
      'src/types/api.ts:8:15 public.customers.full_name definition contract-type GetCustomer.Success.customer.fullName',
      'src/types/api.ts:8:15 public.customers.id definition contract-type GetCustomer.Success.customer.id',
      'src/types/api.ts:9:16 public.orders.created_at definition contract-type GetCustomer.Success.lastOrder.createdAt',
      'src/types/api.ts:9:16 public.orders.customer_id definition contract-type GetCustomer.Success.lastOrder.customerId',
      'src/types/api.ts:9:16 public.orders.email definition contract-type GetCustomer.Success.lastOrder.email',
      'src/types/api.ts:9:16 public.orders.id definition contract-type GetCustomer.Success.lastOrder.id',
      'src/types/api.ts:9:16 public.orders.total_cents definition contract-type GetCustomer.Success.lastOrder.totalCents',
      // `ReceiptResponse.order: Order` carries every column of `orders`, which a drop or a rename asks it to change.
      'src/types/api.ts:16:10 public.orders.created_at definition contract-type ReceiptResponse.order.createdAt',
      'src/types/api.ts:16:10 public.orders.customer_id definition contract-type ReceiptResponse.order.customerId',
      'src/types/api.ts:16:10 public.orders.email definition contract-type ReceiptResponse.order.email',
      'src/types/api.ts:16:10 public.orders.id definition contract-type ReceiptResponse.order.id',
      'src/types/api.ts:16:10 public.orders.total_cents definition contract-type ReceiptResponse.order.totalCents',
      // The keys a `Pick<Customer, ...>` names.
      'src/types/api.ts:17:25 public.customers.full_name read prisma -',
      'src/types/api.ts:17:38 public.customers.email read prisma -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
