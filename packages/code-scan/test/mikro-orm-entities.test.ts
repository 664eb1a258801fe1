import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('mikro-orm adapter', () => {
  it('entities: Property fieldName, UnderscoreNamingStrategy, ManyToOne join column, em.find/nativeUpdate and EntityRepository calls, entity getters reading columns', async () => {
    const { sites, diagnostics } = await scanFixture('mikro-orm', 'entities');
    expect(sites).toEqual([
      'src/entities.ts:6:3 public.customers.id definition mikro-orm Customer.id',
      'src/entities.ts:9:3 public.customers.email definition mikro-orm Customer.email',
      'src/entities.ts:12:3 public.customers.full_name definition mikro-orm Customer.name',
      'src/entities.ts:15:3 public.customers.created_at definition mikro-orm Customer.createdAt',
      'src/entities.ts:19:17 public.customers.full_name read mikro-orm Customer.label',
      'src/entities.ts:26:3 public.orders.id definition mikro-orm Order.id',
      'src/entities.ts:29:3 public.orders.total_cents definition mikro-orm Order.totalCents',
      'src/entities.ts:32:3 public.orders.customer_id definition mikro-orm Order.customer',
      'src/orders.ts:5:30 public.customers.email filter mikro-orm recent',
      'src/orders.ts:5:52 public.customers.created_at order mikro-orm recent',
      'src/orders.ts:5:82 public.customers.full_name read mikro-orm recent',
      'src/orders.ts:9:34 public.orders.id filter mikro-orm reprice',
      'src/orders.ts:9:42 public.orders.total_cents write mikro-orm reprice',
      'src/orders.ts:13:37 public.orders.customer_id filter mikro-orm ofCustomer',
      'src/orders.ts:13:49 public.customers.email filter mikro-orm ofCustomer',
      'src/orders.ts:13:65 public.customers.email read mikro-orm ofCustomer',
      'src/orders.ts:14:37 public.orders.total_cents read mikro-orm ofCustomer',
    ]);
    expect(diagnostics).toEqual([]);
  });

});
