import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, findColumnUsages, scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const root = fileURLToPath(new URL('../../../fixtures/shop', import.meta.url));
const schema = snapshotOf({
  customers: ['id', 'email', 'full_name', 'created_at'],
  orders: ['id', 'customer_id', 'status', 'legacy_status', 'placed_at'],
  order_items: ['id', 'order_id', 'product_id', 'quantity', 'price'],
  products: ['id', 'sku', 'name', 'price_cents', 'active'],
});

describe('fixtures/shop: TypeORM + raw SQL service, Drizzle service, pg job with a .sql file', () => {
  it('finds the consumers of the three changed columns that the hand-written report lists', async () => {
    const services = await discoverServices(root);
    expect(services.map((s) => `${s.dir} ${s.name} ${s.kind}`)).toEqual([
      'jobs/nightly-export nightly-export job',
      'services/billing billing service',
      'services/orders-api orders-api service',
    ]);
    const { usages, diagnostics } = await scanUsages({ root, schema, services, cacheDir: false });
    expect(diagnostics).toEqual([]);
    const sites = (column: string) => siteLines(findColumnUsages(usages, { schema: 'public', ...parse(column) }));
    expect(sites('customers.email')).toEqual([
      'jobs/nightly-export/src/export.ts:13:17 public.customers.email read raw-sql exportCustomers',
      'services/billing/src/invoice.ts:21:32 public.customers.email read drizzle buildMonthlyInvoice',
      'services/billing/src/schema.ts:5:3 public.customers.email definition drizzle customers.email',
      'services/orders-api/src/customers/customer-lookup.ts:11:19 public.customers.email read raw-sql findCustomerByEmail',
      'services/orders-api/src/customers/customer-lookup.ts:11:56 public.customers.email filter raw-sql findCustomerByEmail',
      'services/orders-api/src/customers/customers.router.ts:14:47 public.customers.email read typeorm -',
      'services/orders-api/src/entities/customer.entity.ts:10:3 public.customers.email definition typeorm Customer.email',
    ]);
    expect(sites('order_items.price')).toEqual([
      'jobs/nightly-export/sql/order-lines.sql:6:8 public.order_items.price read sql-file -',
      'services/billing/src/invoice.ts:27:93 public.order_items.price read drizzle buildMonthlyInvoice',
      'services/billing/src/schema.ts:20:3 public.order_items.price definition drizzle orderItems.price',
      'services/orders-api/src/entities/order-item.entity.ts:23:3 public.order_items.price definition typeorm OrderItem.price',
      'services/orders-api/src/orders/orders.router.ts:20:78 public.order_items.price read typeorm -',
    ]);
    expect(sites('orders.legacy_status')).toEqual([
      'jobs/nightly-export/sql/order-lines.sql:3:8 public.orders.legacy_status read sql-file -',
      'services/orders-api/src/entities/order.entity.ts:21:3 public.orders.legacy_status definition typeorm Order.legacyStatus',
      'services/orders-api/src/orders/legacy-status-sync.ts:13:45 public.orders.legacy_status write raw-sql syncLegacyStatus',
    ]);
  });

  it('against the schema after the rename, still finds the raw SQL that names the old column of its only table', async () => {
    const head = snapshotOf({
      customers: ['id', 'email_address', 'full_name', 'created_at'],
      orders: ['id', 'customer_id', 'status', 'placed_at'],
      order_items: ['id', 'order_id', 'product_id', 'quantity', 'price'],
      products: ['id', 'sku', 'name', 'price_cents', 'active'],
    });
    const { usages } = await scanUsages({ root, schema: head, services: await discoverServices(root), cacheDir: false });
    const sites = siteLines(findColumnUsages(usages, { schema: 'public', table: 'customers', column: 'email' }));
    expect(sites).toContain('jobs/nightly-export/src/export.ts:13:17 public.customers.email read raw-sql exportCustomers');
    expect(siteLines(findColumnUsages(usages, { schema: 'public', table: 'orders', column: 'legacy_status' }))).toEqual([
      'jobs/nightly-export/sql/order-lines.sql:3:8 public.orders.legacy_status read sql-file -',
      'services/orders-api/src/entities/order.entity.ts:21:3 public.orders.legacy_status definition typeorm Order.legacyStatus',
      'services/orders-api/src/orders/legacy-status-sync.ts:13:45 public.orders.legacy_status write raw-sql syncLegacyStatus',
    ]);
  });
});

function parse(column: string): { table: string; column: string } {
  const [table, name] = column.split('.');
  return { table: table!, column: name! };
}
