import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('raw SQL with named parameters', () => {
  it("named-parameters: pg-promise's $(name), $<name>, $[name] through a project's query executor, Sequelize $bind and :replacement, rawQuery with {{name::uuid}}", async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'named-parameters');
    expect(sites).toEqual([
      'src/collections/index.ts:4:3 public.customers.email definition raw-sql ICreateCustomer.email name-match',
      'src/collections/index.ts:5:3 public.customers.full_name definition raw-sql ICreateCustomer.fullName name-match',
      // `qx.selectOne(sql, params)`: the project's executor over pg-promise, `$(name)` placeholders.
      'src/collections/index.ts:11:30 public.customers.email write raw-sql createCustomer',
      'src/collections/index.ts:11:37 public.customers.full_name write raw-sql createCustomer',
      'src/collections/index.ts:13:17 public.customers.id read raw-sql createCustomer',
      // `$(customerIds:csv)` and `$<since>`.
      'src/collections/index.ts:22:14 public.orders.id read raw-sql ordersOf',
      'src/collections/index.ts:22:18 public.orders.total_cents read raw-sql ordersOf',
      'src/collections/index.ts:24:13 public.orders.customer_id filter raw-sql ordersOf',
      'src/collections/index.ts:24:53 public.orders.created_at filter raw-sql ordersOf',
      // `$[id]` in `qx.result(...)`.
      'src/collections/index.ts:31:48 public.customer_exports.exported_at write raw-sql forget',
      'src/collections/index.ts:31:73 public.customer_exports.customer_id filter raw-sql forget',
      // `const { rawQuery } = prisma; rawQuery(sql, params)` with `{{name::uuid}}` placeholders.
      'src/queries/getCustomerStats.ts:10:7 public.orders.total_cents read raw-sql getCustomerStats',
      'src/queries/getCustomerStats.ts:13:11 public.orders.customer_id filter raw-sql getCustomerStats',
      'src/queries/getCustomerStats.ts:14:11 public.orders.created_at filter raw-sql getCustomerStats',
      'src/queries/getCustomerStats.ts:15:14 public.orders.total_cents read raw-sql getCustomerStats',
      // Sequelize `bind` (`$email`, beside a `::date` cast) and `replacements` (`:id`).
      'src/repositories/customerRepository.ts:5:13 public.customers.id read raw-sql findByEmail',
      'src/repositories/customerRepository.ts:5:19 public.customers.full_name read raw-sql findByEmail',
      'src/repositories/customerRepository.ts:5:68 public.customers.email filter raw-sql findByEmail',
      'src/repositories/customerRepository.ts:5:100 public.customers.created_at filter raw-sql findByEmail',
      'src/repositories/customerRepository.ts:10:34 public.customers.full_name read raw-sql renamed',
      'src/repositories/customerRepository.ts:10:65 public.customers.id filter raw-sql renamed',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
