import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('kysely over a generated DB interface', () => {
  it('generated-db: kysely-codegen db.d.ts with CamelCasePlugin; qualified strings, select callbacks, eb(...) and eb.ref, jsonArrayFrom subqueries, helpers typed SelectQueryBuilder/ExpressionBuilder', async () => {
    const { sites, diagnostics } = await scanFixture('kysely', 'generated-db');
    expect(sites).toEqual([
      // A helper's `qb: SelectQueryBuilder<DB, 'customers', {}>` and `eb: ExpressionBuilder<DB, 'customers'>`.
      'src/customer-repository.ts:7:30 public.customers.email filter kysely withEmail',
      'src/customer-repository.ts:12:14 public.customers.full_name filter kysely isNamed',
      // `.select((eb) => ['customers.id', jsonArrayFrom(eb.selectFrom('orders')...)])`.
      'src/customer-repository.ts:19:18 public.customers.id read kysely search',
      'src/customer-repository.ts:20:61 public.orders.total_cents read kysely search',
      'src/customer-repository.ts:20:92 public.orders.customer_id filter kysely search',
      'src/customer-repository.ts:20:121 public.customers.id filter kysely search',
      // `eb('customers.email', 'like', term)`, `eb(eb.ref('customers.fullName'), ...)`.
      'src/customer-repository.ts:22:41 public.customers.email filter kysely search',
      'src/customer-repository.ts:22:85 public.customers.full_name filter kysely search',
      'src/customer-repository.ts:24:25 public.customers.created_at order kysely search',
      // The subquery's unqualified `email` is on its own table only.
      'src/customer-repository.ts:32:24 public.customers.id read kysely buyersBy',
      'src/customer-repository.ts:33:23 public.customers.id filter kysely buyersBy',
      'src/customer-repository.ts:33:81 public.orders.customer_id read kysely buyersBy',
      'src/customer-repository.ts:33:101 public.orders.email filter kysely buyersBy',
      // kysely-codegen writes the interface to a declaration file: read as code.
      'src/db.d.ts:13:3 public.customer_exports.customer_id definition kysely CustomerExports.customerId',
      'src/db.d.ts:14:3 public.customer_exports.exported_at definition kysely CustomerExports.exportedAt',
      'src/db.d.ts:18:3 public.customers.created_at definition kysely Customers.createdAt',
      'src/db.d.ts:19:3 public.customers.email definition kysely Customers.email',
      'src/db.d.ts:20:3 public.customers.full_name definition kysely Customers.fullName',
      'src/db.d.ts:21:3 public.customers.id definition kysely Customers.id',
      'src/db.d.ts:25:3 public.orders.created_at definition kysely Orders.createdAt',
      'src/db.d.ts:26:3 public.orders.customer_id definition kysely Orders.customerId',
      'src/db.d.ts:27:3 public.orders.email definition kysely Orders.email',
      'src/db.d.ts:28:3 public.orders.id definition kysely Orders.id',
      'src/db.d.ts:29:3 public.orders.total_cents definition kysely Orders.totalCents',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('trap-db-declaration-other-store: a db.d.ts of IndexedDB stores with the same names maps no column', async () => {
    const { sites, diagnostics } = await scanFixture('kysely', 'trap-db-declaration-other-store');
    expect(sites).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
