import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('types extending a Prisma model', () => {
  it('model-extending-types: an interface extending the model (or one that does), an intersection with it, a variable assigned later; own properties are not the model columns', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'model-extending-types');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      'src/orders/db.ts:6:44 public.orders.customer_id filter prisma latestOrder',
      'src/orders/db.ts:6:69 public.orders.created_at order prisma latestOrder',
      // `order = { ... }` after `let order: OrderWithCustomer` (`Order & { ... }`); not `preview = { totalCents: 0 }`.
      'src/orders/import.service.ts:15:5 public.orders.id write prisma previewOrder name-match',
      'src/orders/import.service.ts:16:5 public.orders.customer_id write prisma previewOrder name-match',
      'src/orders/import.service.ts:17:5 public.orders.total_cents write prisma previewOrder name-match',
      'src/orders/import.service.ts:18:5 public.orders.email write prisma previewOrder name-match',
      'src/orders/import.service.ts:19:5 public.orders.created_at write prisma previewOrder name-match',
      // `activity.totalCents` of `interface Activity extends Order`; its own `email` and `valueInBaseCurrency` are not columns.
      'src/orders/import.service.ts:25:19 public.orders.total_cents read prisma valueOf name-match',
      // `ExportedOrder extends Activity extends Order`: the model two bases up is still found by its name only.
      'src/orders/import.service.ts:29:16 public.orders.total_cents read prisma exportedTotal name-match',
      'src/orders/interfaces.ts:3:35 public.orders.created_at definition contract-type Activity.createdAt',
      'src/orders/interfaces.ts:3:35 public.orders.customer_id definition contract-type Activity.customerId',
      'src/orders/interfaces.ts:3:35 public.orders.id definition contract-type Activity.id',
      'src/orders/interfaces.ts:3:35 public.orders.total_cents definition contract-type Activity.totalCents',
      'src/orders/interfaces.ts:4:14 public.customers.created_at definition contract-type Activity.customer.createdAt',
      'src/orders/interfaces.ts:4:14 public.customers.email definition contract-type Activity.customer.email',
      'src/orders/interfaces.ts:4:14 public.customers.full_name definition contract-type Activity.customer.fullName',
      'src/orders/interfaces.ts:4:14 public.customers.id definition contract-type Activity.customer.id',
      'src/orders/interfaces.ts:10:33 public.orders.created_at definition contract-type OrderWithCustomer.createdAt',
      'src/orders/interfaces.ts:10:33 public.orders.customer_id definition contract-type OrderWithCustomer.customerId',
      'src/orders/interfaces.ts:10:33 public.orders.email definition contract-type OrderWithCustomer.email',
      'src/orders/interfaces.ts:10:33 public.orders.id definition contract-type OrderWithCustomer.id',
      'src/orders/interfaces.ts:10:33 public.orders.total_cents definition contract-type OrderWithCustomer.totalCents',
      'src/orders/interfaces.ts:14:40 public.orders.created_at definition contract-type ExportedOrder.createdAt name-match',
      'src/orders/interfaces.ts:14:40 public.orders.customer_id definition contract-type ExportedOrder.customerId name-match',
      'src/orders/interfaces.ts:14:40 public.orders.id definition contract-type ExportedOrder.id name-match',
      'src/orders/interfaces.ts:14:40 public.orders.total_cents definition contract-type ExportedOrder.totalCents name-match',
      // A story's `const activities: Activity[] = [{ ... }]`: not its own `email`.
      'src/ui/activities.stories.ts:5:5 public.orders.id write prisma activities name-match',
      'src/ui/activities.stories.ts:6:5 public.orders.customer_id write prisma activities name-match',
      'src/ui/activities.stories.ts:7:5 public.orders.total_cents write prisma activities name-match',
      'src/ui/activities.stories.ts:9:5 public.orders.created_at write prisma activities name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
