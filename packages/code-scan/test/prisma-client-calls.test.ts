import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('prisma adapter', () => {
  it('client-calls: schema.prisma @map/@@map, select/where/orderBy/data/include, result property reads; traps resolve to orders or nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'client-calls');
    expect(sites).toEqual([
      'prisma/schema.prisma:6:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:7:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:8:3 public.customers.full_name definition prisma Customer.fullName',
      'prisma/schema.prisma:9:3 public.customers.created_at definition prisma Customer.createdAt',
      'prisma/schema.prisma:16:3 public.orders.id definition prisma Order.id',
      'prisma/schema.prisma:17:3 public.orders.email definition prisma Order.email',
      'prisma/schema.prisma:18:3 public.orders.total_cents definition prisma Order.totalCents',
      'prisma/schema.prisma:20:3 public.orders.customer_id definition prisma Order.customerId',
      'src/customers.ts:7:15 public.customers.email read prisma recentCustomers',
      'src/customers.ts:7:28 public.customers.full_name read prisma recentCustomers',
      'src/customers.ts:8:14 public.customers.created_at filter prisma recentCustomers',
      'src/customers.ts:9:16 public.customers.created_at order prisma recentCustomers',
      'src/customers.ts:14:44 public.customers.id filter prisma renameCustomer',
      'src/customers.ts:14:58 public.customers.full_name write prisma renameCustomer',
      'src/customers.ts:19:14 public.customers.id filter prisma customerWithOrders',
      'src/customers.ts:20:36 public.orders.total_cents read prisma customerWithOrders',
      'src/customers.ts:22:20 public.customers.email read prisma customerWithOrders',
      'src/traps.ts:13:43 public.orders.email filter prisma receiptsFor',
    ]);
    expect(diagnostics).toEqual([]);
  });

});

describe('prisma schema outside the service', () => {
  it('schema-in-db-package: a prismaSchemaFolder schema in another workspace package maps apps/api calls', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'schema-in-db-package');
    expect(sites).toEqual([
      'apps/api/src/customers.ts:6:47 public.customers.full_name read prisma customerNames',
      'apps/api/src/customers.ts:6:74 public.customers.email filter prisma customerNames',
      'packages/db/prisma/schema/customer.prisma:2:3 public.customers.id definition prisma Customer.id',
      'packages/db/prisma/schema/customer.prisma:3:3 public.customers.email definition prisma Customer.email',
      'packages/db/prisma/schema/customer.prisma:4:3 public.customers.full_name definition prisma Customer.fullName',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('schema-folder-with-models: the folder package.json names is read with its subfolders (prisma/models/*.prisma, as rallly has it)', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'schema-folder-with-models');
    expect(sites).toEqual([
      'apps/web/src/features/customers.ts:4:44 public.customers.id filter prisma renameCustomer',
      'apps/web/src/features/customers.ts:4:58 public.customers.full_name write prisma renameCustomer',
      'packages/database/prisma/models/customer.prisma:2:3 public.customers.id definition prisma Customer.id',
      'packages/database/prisma/models/customer.prisma:3:3 public.customers.email definition prisma Customer.email',
      'packages/database/prisma/models/customer.prisma:4:3 public.customers.full_name definition prisma Customer.fullName',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('schema-at-root: prisma/schema.prisma of a root that is no service; its definitions count once; a look-alike store is no Prisma', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'schema-at-root');
    expect(sites).toEqual([
      'prisma/schema.prisma:6:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:7:3 public.customers.email definition prisma Customer.email',
      'services/billing/src/invoices.ts:6:48 public.customers.id filter prisma invoiceAddress',
      'services/billing/src/invoices.ts:6:64 public.customers.email read prisma invoiceAddress',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('no-schema: a service importing @prisma/client with no schema to find is a warning naming it', async () => {
    const { sites, found } = await scanFixture('prisma', 'no-schema');
    expect(sites).toEqual([]);
    expect(diagnosticLines(found)).toEqual([
      'code/prisma-schema-not-found src/report.ts:1:- src/report.ts:1: service reports uses @prisma/client but no schema.prisma was found (package.json "prisma.schema", prisma/schema.prisma, prisma/schema/ or a workspace package); its Prisma calls are not resolved',
    ]);
  });
});
