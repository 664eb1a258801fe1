import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { scanUsages } from '../src/index.js';
import { scanFixture } from './scan-fixture.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

describe('raw-sql adapter', () => {
  it('drivers: pg Pool with const, concatenated and escaped SQL, query config objects, SELECT * expansion, CTEs, postgres.js and slonik tags; SQL built from a table name is dynamic', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'drivers');
    expect(sites).toEqual([
      'src/pg-pool.ts:6:10 public.customers.id read raw-sql customerByEmail',
      'src/pg-pool.ts:6:14 public.customers.full_name read raw-sql customerByEmail',
      'src/pg-pool.ts:8:10 public.customers.email filter raw-sql customerByEmail',
      'src/pg-pool.ts:16:29 public.customers.created_at read raw-sql everything',
      'src/pg-pool.ts:16:29 public.customers.email read raw-sql everything',
      'src/pg-pool.ts:16:29 public.customers.full_name read raw-sql everything',
      'src/pg-pool.ts:16:29 public.customers.id read raw-sql everything',
      'src/pg-pool.ts:21:29 public.orders.customer_id read raw-sql touch',
      'src/pg-pool.ts:21:59 public.orders.created_at filter raw-sql touch',
      'src/pg-pool.ts:22:29 public.customers.full_name write raw-sql touch',
      'src/pg-pool.ts:22:47 public.customers.full_name read raw-sql touch',
      'src/pg-pool.ts:22:64 public.customers.id filter raw-sql touch',
      'src/pg-pool.ts:27:29 public.customers.id read raw-sql bySort',
      'src/pg-pool.ts:36:37 public.customers.email read raw-sql byConfig',
      'src/pg-pool.ts:36:64 public.customers.id filter raw-sql byConfig',
      'src/postgres-js.ts:6:37 public.customers.email write raw-sql newCustomer',
      'src/postgres-js.ts:6:44 public.customers.full_name write raw-sql newCustomer',
      'src/postgres-js.ts:6:96 public.customers.id read raw-sql newCustomer',
      'src/postgres-js.ts:11:12 public.orders.id read raw-sql ordersOf',
      'src/postgres-js.ts:11:18 public.orders.total_cents read raw-sql ordersOf',
      'src/postgres-js.ts:13:12 public.orders.customer_id filter raw-sql ordersOf',
      'src/postgres-js.ts:14:15 public.orders.created_at order raw-sql ordersOf',
      'src/slonik.ts:4:37 public.customer_exports.customer_id read raw-sql exported',
      'src/slonik.ts:4:50 public.customer_exports.exported_at read raw-sql exported',
      'src/slonik.ts:4:90 public.customer_exports.exported_at filter raw-sql exported',
      'src/slonik.ts:8:37 public.customers.email read raw-sql mailOf',
      'src/slonik.ts:8:71 public.customers.id filter raw-sql mailOf',
    ]);
    expect(diagnostics).toEqual([
      'sql/dynamic src/pg-pool.ts:32',
      'sql/dynamic src/pg-pool.ts:40',
    ]);
  });

  it('star reads: `SELECT *` and `o.*` list every column of the table, each usage marked as coming from the star', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/raw-sql/star-reads', import.meta.url));
    const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    const lines = usages.map((usage) => `${siteLines([usage])[0]}${usage.fromStar ? ' (star)' : ''}`);
    expect(lines).toEqual([
      'src/customers-repository.ts:7:45 public.customers.created_at read raw-sql findCustomer (star)',
      'src/customers-repository.ts:7:45 public.customers.email read raw-sql findCustomer (star)',
      'src/customers-repository.ts:7:45 public.customers.full_name read raw-sql findCustomer (star)',
      'src/customers-repository.ts:7:45 public.customers.id read raw-sql findCustomer (star)',
      'src/customers-repository.ts:7:68 public.customers.id filter raw-sql findCustomer',
      'src/customers-repository.ts:13:13 public.orders.created_at read raw-sql ordersWithCustomer (star)',
      'src/customers-repository.ts:13:13 public.orders.customer_id read raw-sql ordersWithCustomer (star)',
      'src/customers-repository.ts:13:13 public.orders.email read raw-sql ordersWithCustomer (star)',
      'src/customers-repository.ts:13:13 public.orders.id read raw-sql ordersWithCustomer (star)',
      'src/customers-repository.ts:13:13 public.orders.total_cents read raw-sql ordersWithCustomer (star)',
      'src/customers-repository.ts:13:18 public.customers.email read raw-sql ordersWithCustomer',
      'src/customers-repository.ts:15:28 public.customers.id filter raw-sql ordersWithCustomer',
      'src/customers-repository.ts:15:35 public.orders.customer_id filter raw-sql ordersWithCustomer',
      'src/customers-repository.ts:16:13 public.customers.id filter raw-sql ordersWithCustomer',
    ]);
  });
});
