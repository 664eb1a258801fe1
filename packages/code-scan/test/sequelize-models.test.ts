import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('sequelize adapter', () => {
  it('models: Model.init with underscored, define with pluralised table and field, sequelize-typescript Table/Column, finders and update; VIRTUAL attributes are not columns; implicit id/createdAt of a decorated model where the schema has them; a one-argument Sentry.init or tracer.init is no model', async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'models');
    expect(sites).toEqual([
      'src/customer.model.ts:9:5 public.customers.id definition sequelize Customer.id',
      'src/customer.model.ts:10:5 public.customers.email definition sequelize Customer.email',
      'src/customer.model.ts:11:5 public.customers.full_name definition sequelize Customer.fullName',
      'src/customer.model.ts:12:5 public.customers.created_at definition sequelize Customer.createdAt',
      'src/customer.model.ts:21:5 public.Orders.total_cents definition sequelize Order.totalCents',
      'src/customer.model.ts:22:5 public.Orders.email definition sequelize Order.email',
      'src/customers.ts:6:18 public.customers.id read sequelize search',
      'src/customers.ts:6:24 public.customers.full_name read sequelize search',
      'src/customers.ts:7:14 public.customers.email filter sequelize search',
      'src/customers.ts:8:14 public.customers.created_at order sequelize search',
      'src/customers.ts:13:27 public.customers.full_name write sequelize rename',
      'src/customers.ts:13:50 public.customers.id filter sequelize rename',
      'src/customers.ts:17:35 public.Orders.total_cents filter sequelize bigOrders',
      'src/customers.ts:22:20 public.customers.email read sequelize emailOf',
      'src/purchase.model.ts:5:14 public.orders.created_at definition sequelize Purchase.createdAt',
      'src/purchase.model.ts:5:14 public.orders.id definition sequelize Purchase.id',
      'src/purchase.model.ts:7:3 public.orders.total_cents definition sequelize Purchase.totalCents',
      'src/purchase.model.ts:11:42 public.orders.id read sequelize latestPurchases',
      'src/purchase.model.ts:11:48 public.orders.total_cents read sequelize latestPurchases',
      'src/purchase.model.ts:11:72 public.orders.created_at order sequelize latestPurchases',
      'src/reward.model.ts:6:3 public.customer_exports.customer_id definition sequelize Reward.customerId',
      'src/reward.model.ts:9:3 public.customer_exports.exported_at definition sequelize Reward.grantedAt',
    ]);
    expect(diagnostics).toEqual([]);
  });

});
