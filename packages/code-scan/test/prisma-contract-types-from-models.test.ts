import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('contract types built from a Prisma model', () => {
  it('contract-types-from-models: an exported type that is the model with more, or holds its rows whole, defines the columns it keeps', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'contract-types-from-models');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `orders: Order[]`: every column of the rows it holds.
      'src/interfaces/interfaces.ts:4:11 public.orders.created_at definition prisma OrderSummary.orders.createdAt name-match',
      'src/interfaces/interfaces.ts:4:11 public.orders.customer_id definition prisma OrderSummary.orders.customerId name-match',
      'src/interfaces/interfaces.ts:4:11 public.orders.email definition prisma OrderSummary.orders.email name-match',
      'src/interfaces/interfaces.ts:4:11 public.orders.id definition prisma OrderSummary.orders.id name-match',
      'src/interfaces/interfaces.ts:4:11 public.orders.total_cents definition prisma OrderSummary.orders.totalCents name-match',
      // `Omit<Order, 'createdAt' | 'customerId' | 'id'> & {...}`: the columns it keeps; the keys it names are reads.
      'src/interfaces/interfaces.ts:9:15 public.orders.email definition prisma UpdateOrderDialogParams.order.email name-match',
      'src/interfaces/interfaces.ts:9:15 public.orders.total_cents definition prisma UpdateOrderDialogParams.order.totalCents name-match',
      'src/interfaces/interfaces.ts:9:22 public.orders.created_at read prisma -',
      'src/interfaces/interfaces.ts:9:36 public.orders.customer_id read prisma -',
      'src/interfaces/interfaces.ts:9:51 public.orders.id read prisma -',
      // `extends Omit<Customer, 'email'>`: not `email`.
      'src/types/customer-without-email.interface.ts:3:52 public.customers.created_at definition prisma CustomerWithoutEmail.createdAt name-match',
      'src/types/customer-without-email.interface.ts:3:52 public.customers.full_name definition prisma CustomerWithoutEmail.fullName name-match',
      'src/types/customer-without-email.interface.ts:3:52 public.customers.id definition prisma CustomerWithoutEmail.id name-match',
      // `OrderModel & {...}`: not `totalCents`, which it declares itself; its `customer?: Customer` holds a customer.
      'src/types/order-with-value.type.ts:3:30 public.orders.created_at definition prisma OrderWithValue.createdAt name-match',
      'src/types/order-with-value.type.ts:3:30 public.orders.customer_id definition prisma OrderWithValue.customerId name-match',
      'src/types/order-with-value.type.ts:3:30 public.orders.email definition prisma OrderWithValue.email name-match',
      'src/types/order-with-value.type.ts:3:30 public.orders.id definition prisma OrderWithValue.id name-match',
      'src/types/order-with-value.type.ts:4:14 public.customers.created_at definition prisma OrderWithValue.customer.createdAt name-match',
      'src/types/order-with-value.type.ts:4:14 public.customers.email definition prisma OrderWithValue.customer.email name-match',
      'src/types/order-with-value.type.ts:4:14 public.customers.full_name definition prisma OrderWithValue.customer.fullName name-match',
      'src/types/order-with-value.type.ts:4:14 public.customers.id definition prisma OrderWithValue.customer.id name-match',
      // The component's read; its props type carries nothing.
      'src/ui/order-card.tsx:9:23 public.orders.id read prisma OrderCard',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
