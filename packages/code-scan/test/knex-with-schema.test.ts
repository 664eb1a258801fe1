import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('knex queries that name their schema first', () => {
  it('with-schema: withSchema(...) then from/into is a query of that table', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'with-schema');
    expect(sites).toEqual([
      'src/customer.service.ts:6:64 public.customers.id read knex customerByEmail',
      'src/customer.service.ts:6:70 public.customers.full_name read knex customerByEmail',
      'src/customer.service.ts:6:108 public.customers.email filter knex customerByEmail',
      'src/customer.service.ts:11:64 public.orders.customer_id write knex createOrder',
      'src/customer.service.ts:11:89 public.orders.total_cents write knex createOrder',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
