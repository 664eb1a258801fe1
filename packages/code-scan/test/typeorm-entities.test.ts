import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, findColumnUsages, scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/code/typeorm/entities', import.meta.url));

describe('fixtures/code/typeorm/entities: entities, raw SQL in a service, a job .sql file', () => {
  it('discovers the workspace packages, the job under jobs/', async () => {
    expect(await discoverServices(root)).toEqual([
      { name: 'nightly-export', dir: 'jobs/nightly-export', kind: 'job' },
      { name: '@shop/api', dir: 'services/api', kind: 'service' },
    ]);
  });

  it('finds every site with its access, adapter and symbol', async () => {
    const result = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(siteLines(result.usages)).toEqual([
      'jobs/nightly-export/sql/export.sql:2:8 public.customers.id read sql-file -',
      'jobs/nightly-export/sql/export.sql:3:8 public.customers.email read sql-file -',
      'jobs/nightly-export/sql/export.sql:4:14 public.orders.id read sql-file -',
      'jobs/nightly-export/sql/export.sql:6:25 public.orders.customer_id filter sql-file -',
      'jobs/nightly-export/sql/export.sql:6:41 public.customers.id filter sql-file -',
      'jobs/nightly-export/sql/export.sql:7:11 public.customers.id read sql-file -',
      'jobs/nightly-export/sql/export.sql:7:17 public.customers.email read sql-file -',
      'jobs/nightly-export/sql/export.sql:8:11 public.customers.email order sql-file -',
      'jobs/nightly-export/sql/export.sql:10:31 public.customer_exports.customer_id write sql-file -',
      'jobs/nightly-export/sql/export.sql:10:44 public.customer_exports.exported_at write sql-file -',
      'jobs/nightly-export/sql/export.sql:11:8 public.customers.id read sql-file -',
      'jobs/nightly-export/sql/export.sql:11:39 public.customers.email filter sql-file -',
      'services/api/src/customer-report.ts:8:15 public.customers.email read raw-sql CustomerReport.topCustomers',
      'services/api/src/customer-report.ts:8:28 public.orders.total_cents read raw-sql CustomerReport.topCustomers',
      'services/api/src/customer-report.ts:9:44 public.orders.customer_id filter raw-sql CustomerReport.topCustomers',
      'services/api/src/customer-report.ts:9:60 public.customers.id filter raw-sql CustomerReport.topCustomers',
      'services/api/src/customer-report.ts:10:15 public.customers.created_at filter raw-sql CustomerReport.topCustomers',
      'services/api/src/customer-report.ts:11:18 public.customers.email read raw-sql CustomerReport.topCustomers',
      'services/api/src/customer-report.ts:18:55 public.customers.full_name write raw-sql CustomerReport.renameCustomer',
      'services/api/src/customer-report.ts:18:76 public.customers.id filter raw-sql CustomerReport.renameCustomer',
      'services/api/src/customer.entity.ts:7:3 public.customers.id definition typeorm Customer.id',
      'services/api/src/customer.entity.ts:10:3 public.customers.email definition typeorm Customer.email',
      'services/api/src/customer.entity.ts:13:3 public.customers.full_name definition typeorm Customer.fullName',
      'services/api/src/customer.entity.ts:16:3 public.customers.created_at definition typeorm Customer.createdAt',
      'services/api/src/order.entity.ts:7:3 public.orders.id definition typeorm Order.id',
      'services/api/src/order.entity.ts:10:3 public.orders.total_cents definition typeorm Order.totalCents',
      'services/api/src/order.entity.ts:14:3 public.orders.customer_id definition typeorm Order.customer',
    ]);
    expect(new Set(result.usages.map((usage) => `${usage.service} ${usage.serviceKind}`))).toEqual(new Set(['nightly-export job', '@shop/api service']));
  });

  it('reports SQL it cannot read as diagnostics naming file:line', async () => {
    const { diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line}`)).toEqual([
      'sql/dynamic services/api/src/customer-report.ts:22',
      'sql/unparseable services/api/src/customer-report.ts:26',
    ]);
  });

  it('findColumnUsages picks one column', async () => {
    const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(siteLines(findColumnUsages(usages, { schema: 'public', table: 'customers', column: 'full_name' }))).toEqual([
      'services/api/src/customer-report.ts:18:55 public.customers.full_name write raw-sql CustomerReport.renameCustomer',
      'services/api/src/customer.entity.ts:13:3 public.customers.full_name definition typeorm Customer.fullName',
    ]);
  });
});
