import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('contract types built from a Prisma model', () => {
  it('contract-types-from-models: an exported type that is the model with more, or holds its rows whole, defines the columns it keeps', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'contract-types-from-models');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `CreateCustomerWithOrdersDto extends CreateCustomerDto` (a mirror of `Customer`): the `email` it inherits, where
      // the base is named; its own `fullName` is its field. `ContactDto extends ContactBase` (no mirror) gives nothing.
      'src/dtos/create-customer-with-orders.dto.ts:7:50 public.customers.email definition contract-type CreateCustomerWithOrdersDto.email name-match',
      'src/dtos/create-customer-with-orders.dto.ts:9:3 public.customers.full_name definition prisma CreateCustomerWithOrdersDto.fullName name-match',
      'src/dtos/create-customer.dto.ts:6:3 public.customers.email definition prisma CreateCustomerDto.email name-match',
      'src/dtos/create-customer.dto.ts:9:3 public.customers.full_name definition prisma CreateCustomerDto.fullName name-match',
      // ghostfolio's `ImportDataDto { orders: Order[] }`, a DTO class of properties only, and a type literal's member
      // (`meta?: { customer: Customer }`); not the service class keeping rows in a field, nor the unexported class.
      'src/dtos/import-data.dto.ts:12:11 public.orders.created_at definition contract-type ImportDataDto.orders.createdAt',
      'src/dtos/import-data.dto.ts:12:11 public.orders.customer_id definition contract-type ImportDataDto.orders.customerId',
      'src/dtos/import-data.dto.ts:12:11 public.orders.email definition contract-type ImportDataDto.orders.email',
      'src/dtos/import-data.dto.ts:12:11 public.orders.id definition contract-type ImportDataDto.orders.id',
      'src/dtos/import-data.dto.ts:12:11 public.orders.total_cents definition contract-type ImportDataDto.orders.totalCents',
      'src/dtos/import-data.dto.ts:14:22 public.customers.created_at definition contract-type ImportDataDto.meta.customer.createdAt',
      'src/dtos/import-data.dto.ts:14:22 public.customers.email definition contract-type ImportDataDto.meta.customer.email',
      'src/dtos/import-data.dto.ts:14:22 public.customers.full_name definition contract-type ImportDataDto.meta.customer.fullName',
      'src/dtos/import-data.dto.ts:14:22 public.customers.id definition contract-type ImportDataDto.meta.customer.id',
      // `orders: Order[]`: every column of the rows it holds, exactly (`Order` of `@prisma/client` is the model).
      'src/interfaces/interfaces.ts:4:11 public.orders.created_at definition contract-type OrderSummary.orders.createdAt',
      'src/interfaces/interfaces.ts:4:11 public.orders.customer_id definition contract-type OrderSummary.orders.customerId',
      'src/interfaces/interfaces.ts:4:11 public.orders.email definition contract-type OrderSummary.orders.email',
      'src/interfaces/interfaces.ts:4:11 public.orders.id definition contract-type OrderSummary.orders.id',
      'src/interfaces/interfaces.ts:4:11 public.orders.total_cents definition contract-type OrderSummary.orders.totalCents',
      // `Omit<Order, 'createdAt' | 'customerId' | 'id'> & {...}`: the columns it keeps; the keys it names are reads.
      'src/interfaces/interfaces.ts:9:15 public.orders.email definition contract-type UpdateOrderDialogParams.order.email',
      'src/interfaces/interfaces.ts:9:15 public.orders.total_cents definition contract-type UpdateOrderDialogParams.order.totalCents',
      'src/interfaces/interfaces.ts:9:22 public.orders.created_at read prisma -',
      'src/interfaces/interfaces.ts:9:36 public.orders.customer_id read prisma -',
      'src/interfaces/interfaces.ts:9:51 public.orders.id read prisma -',
      // `TOrder`, a mirror of the model by name (its own field, as before); `OrderForm.draft: TOrder` holds no row.
      'src/interfaces/interfaces.ts:31:17 public.orders.total_cents definition prisma TOrder.totalCents name-match',
      // `extends Omit<Customer, 'email'>`: not `email`.
      'src/types/customer-without-email.interface.ts:3:52 public.customers.created_at definition contract-type CustomerWithoutEmail.createdAt',
      'src/types/customer-without-email.interface.ts:3:52 public.customers.full_name definition contract-type CustomerWithoutEmail.fullName',
      'src/types/customer-without-email.interface.ts:3:52 public.customers.id definition contract-type CustomerWithoutEmail.id',
      // `OrderModel & {...}`: not `totalCents`, which it declares itself; its `customer?: Customer` holds a customer.
      'src/types/order-with-value.type.ts:3:30 public.orders.created_at definition contract-type OrderWithValue.createdAt',
      'src/types/order-with-value.type.ts:3:30 public.orders.customer_id definition contract-type OrderWithValue.customerId',
      'src/types/order-with-value.type.ts:3:30 public.orders.email definition contract-type OrderWithValue.email',
      'src/types/order-with-value.type.ts:3:30 public.orders.id definition contract-type OrderWithValue.id',
      'src/types/order-with-value.type.ts:4:14 public.customers.created_at definition contract-type OrderWithValue.customer.createdAt',
      'src/types/order-with-value.type.ts:4:14 public.customers.email definition contract-type OrderWithValue.customer.email',
      'src/types/order-with-value.type.ts:4:14 public.customers.full_name definition contract-type OrderWithValue.customer.fullName',
      'src/types/order-with-value.type.ts:4:14 public.customers.id definition contract-type OrderWithValue.customer.id',
      // The component's read; its props type carries nothing.
      'src/ui/order-card.tsx:9:23 public.orders.id read prisma OrderCard',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
