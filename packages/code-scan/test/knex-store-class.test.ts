import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('knex stores as people write them', () => {
  it('store-class: this.database(TABLE) on a Knex field, const column arrays, helper-built rows, rows handed to mappers', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'store-class');
    expect(sites).toEqual([
      // `.select(COLUMNS)` and `.returning(COLUMNS)`: the names where the const array writes them.
      'src/customer-store.ts:4:19 public.customers.id read knex COLUMNS',
      'src/customer-store.ts:4:25 public.customers.email read knex COLUMNS',
      'src/customer-store.ts:4:34 public.customers.full_name read knex COLUMNS',
      'src/customer-store.ts:4:47 public.customers.created_at read knex COLUMNS',
      'src/customer-store.ts:25:52 public.customers.id filter knex CustomerStore.get',
      'src/customer-store.ts:30:70 public.customers.created_at order knex CustomerStore.list',
      // `.update(patch)`: a local const object.
      'src/customer-store.ts:40:21 public.customers.full_name write knex CustomerStore.rename',
      'src/customer-store.ts:41:39 public.customers.id filter knex CustomerStore.rename',
      // `.insert(this.rowFromInput(input))`: the object the method returns.
      'src/customer-store.ts:45:14 public.customers.email write knex CustomerStore.rowFromInput',
      'src/customer-store.ts:45:34 public.customers.full_name write knex CustomerStore.rowFromInput',
      // `this.mapRow(row)` with the row of `.first()`, of `const [row] = ...returning()` and of `rows.map(...)`.
      'src/customer-store.ts:49:22 public.customers.id read knex CustomerStore.mapRow',
      'src/customer-store.ts:49:37 public.customers.email read knex CustomerStore.mapRow',
      'src/customer-store.ts:49:58 public.customers.full_name read knex CustomerStore.mapRow',
      'src/customer-store.ts:49:84 public.customers.created_at read knex CustomerStore.mapRow',
      'src/order-store.ts:13:50 public.orders.customer_id filter knex OrderStore.forCustomer',
      // `rows.map(toOrder)`: a module function's parameter typed `any`.
      'src/order-store.ts:19:20 public.orders.id read knex toOrder',
      'src/order-store.ts:19:40 public.orders.total_cents read knex toOrder',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('trap-store-other-client: an HTTP client called like knex and a mapper over its JSON count nothing', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'trap-store-other-client');
    expect(sites).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
