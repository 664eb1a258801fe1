import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('sequelize models called through a registry', () => {
  it('model-registry: options.database.customer (a define() model), models.Order (an init() class), the instances their finders return, keys no attribute declares', async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'model-registry');
    expect(sites).toEqual([
      'src/database/models/customer.ts:7:7 public.customers.id definition sequelize customer.id',
      'src/database/models/customer.ts:8:7 public.customers.email definition sequelize customer.email',
      'src/database/models/customer.ts:9:7 public.customers.full_name definition sequelize customer.fullName',
      // `options.database.customer`: the registry's value is untyped (`any`); the property names the model.
      'src/database/repositories/customerRepository.ts:5:69 public.customers.id filter sequelize CustomerRepository.rename',
      // The instance `findOne()` returned: `record.update({ ... })` and `record.email`.
      'src/database/repositories/customerRepository.ts:6:36 public.customers.full_name write sequelize CustomerRepository.rename',
      'src/database/repositories/customerRepository.ts:7:19 public.customers.email read sequelize CustomerRepository.rename',
      'src/database/repositories/customerRepository.ts:11:61 public.customers.email read sequelize CustomerRepository.list',
      'src/database/repositories/customerRepository.ts:11:80 public.customers.full_name order sequelize CustomerRepository.list',
      // `models.Order` from a default-exported object of classes, in JavaScript.
      'src/lib/orders.js:5:16 public.orders.total_cents read sequelize totalOf',
      'src/lib/orders.js:9:32 public.orders.total_cents write sequelize reprice',
      'src/lib/orders.js:9:57 public.orders.id filter sequelize reprice',
      // A key no attribute declares: the column of that name when an association adds it (`customer_id`), else
      // nothing (`giftWrap`; Sequelize's create drops it).
      'src/lib/orders.js:14:32 public.orders.total_cents write sequelize place',
      'src/lib/orders.js:14:44 public.orders.customer_id write sequelize place',
      'src/models/Order.ts:11:5 public.orders.id definition sequelize Order.id',
      'src/models/Order.ts:12:5 public.orders.total_cents definition sequelize Order.totalCents',
      'src/models/index.ts:7:57 public.orders.customer_id read sequelize -',
      // Not: `options.database.queue.findAll({ where: { email } })`, no model of the service is named `queue`.
    ]);
    expect(diagnostics).toEqual([]);
  });
});
