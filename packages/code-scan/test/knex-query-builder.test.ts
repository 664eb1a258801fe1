import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('knex adapter', () => {
  it('query-builder: knex(table) chains, select/where/update objects and strings, join aliases; a local variable named email counts nothing', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'query-builder');
    expect(sites).toEqual([
      'src/customers.ts:4:36 public.customers.id read knex findCustomer',
      'src/customers.ts:4:42 public.customers.full_name read knex findCustomer',
      'src/customers.ts:4:62 public.customers.email filter knex findCustomer',
      'src/customers.ts:8:35 public.customers.id filter knex touch',
      'src/customers.ts:8:53 public.customers.email write knex touch',
      'src/customers.ts:8:60 public.customers.full_name write knex touch',
      'src/customers.ts:13:29 public.orders.customer_id filter knex withOrders',
      'src/customers.ts:13:46 public.customers.id filter knex withOrders',
      'src/customers.ts:14:16 public.customers.email read knex withOrders',
      'src/customers.ts:14:27 public.orders.total_cents read knex withOrders',
      'src/customers.ts:15:17 public.customers.created_at order knex withOrders',
    ]);
    expect(diagnostics).toEqual([]);
  });

});
