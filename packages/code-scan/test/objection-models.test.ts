import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('objection models and queries', () => {
  it('models-and-queries: static tableName models, Model.query(), $query(), $relatedQuery() and the instances they return', async () => {
    const { sites, diagnostics } = await scanFixture('objection', 'models-and-queries');
    expect(sites).toEqual([
      // `Customer.query().insert({ ... })`: camelCase keys through `snakeCaseMappers()` in the base model.
      'src/graphql/create-customer.ts:7:5 public.customers.email write objection createCustomerResolver',
      'src/graphql/create-customer.ts:8:5 public.customers.full_name write objection createCustomerResolver',
      // Class fields and `jsonSchema.properties` are the model's columns where the schema has them.
      'src/models/customer.ts:5:3 public.customers.id definition objection Customer.id',
      'src/models/customer.ts:6:3 public.customers.full_name definition objection Customer.fullName',
      'src/models/customer.ts:16:7 public.customers.email definition objection Customer.email',
      // `relationMappings` joins name their columns; the relation itself (`orders`) is no column.
      'src/models/customer.ts:26:26 public.customers.id filter objection Customer.orders',
      'src/models/customer.ts:27:21 public.orders.customer_id filter objection Customer.orders',
      // `this.email` is read although no class field declares it: a jsonSchema property.
      'src/models/customer.ts:33:20 public.customers.full_name read objection Customer.displayLabel',
      'src/models/customer.ts:33:38 public.customers.email read objection Customer.displayLabel',
      'src/models/customer.ts:37:34 public.customers.full_name write objection Customer.rename',
      // A JavaScript model with getters; `this.query()` in a static method queries its own table.
      'src/models/order.js:12:9 public.orders.total_cents definition objection Order.totalCents',
      'src/models/order.js:18:33 public.orders.customer_id filter objection Order.forCustomer',
      'src/models/order.js:18:56 public.orders.created_at order objection Order.forCustomer',
      // `customer.$relatedQuery('orders')` queries the relation's model; `findById()` returns a Customer.
      'src/services/orders.ts:9:64 public.orders.total_cents filter objection bigOrders',
      'src/services/orders.ts:9:98 public.orders.created_at order objection bigOrders',
      'src/services/orders.ts:10:27 public.customers.full_name read objection bigOrders',
      'src/services/orders.ts:14:35 public.customers.email write objection changeEmail',
      // Names as the database has them (`'customer_id'`) and table-qualified ones count too.
      'src/services/orders.ts:15:33 public.orders.customer_id filter objection changeEmail',
      'src/services/orders.ts:15:57 public.customers.id filter objection changeEmail',
      'src/services/orders.ts:15:77 public.orders.total_cents read objection changeEmail',
      'src/services/orders.ts:21:62 public.customers.email filter objection countByMail',
      // Not columns: the getter `displayLabel` (10), the `orders` relation, `pool.query(...)` (20).
    ]);
    expect(diagnostics).toEqual([]);
  });
});
