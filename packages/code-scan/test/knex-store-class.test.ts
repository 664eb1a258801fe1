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
      // Types named after a table no model maps but the store queries (`Customer`, `CustomerInput`, `CustomerRow` for
      // `customers`): they mirror it, by name only, and so do reads through them (`input.email`).
      'src/customer-store.ts:7:3 public.customers.id definition knex Customer.id name-match',
      'src/customer-store.ts:8:3 public.customers.email definition knex Customer.email name-match',
      'src/customer-store.ts:9:3 public.customers.full_name definition knex Customer.fullName name-match',
      'src/customer-store.ts:10:3 public.customers.created_at definition knex Customer.createdAt name-match',
      'src/customer-store.ts:14:3 public.customers.email definition knex CustomerInput.email name-match',
      'src/customer-store.ts:15:3 public.customers.full_name definition knex CustomerInput.fullName name-match',
      'src/customer-store.ts:18:22 public.customers.id definition knex CustomerRow.id name-match',
      'src/customer-store.ts:18:34 public.customers.email definition knex CustomerRow.email name-match',
      'src/customer-store.ts:18:49 public.customers.full_name definition knex CustomerRow.full_name name-match',
      'src/customer-store.ts:18:68 public.customers.created_at definition knex CustomerRow.created_at name-match',
      'src/customer-store.ts:25:52 public.customers.id filter knex CustomerStore.get',
      'src/customer-store.ts:30:70 public.customers.created_at order knex CustomerStore.list',
      // `.update(patch)`: a local const object.
      'src/customer-store.ts:40:21 public.customers.full_name write knex CustomerStore.rename',
      'src/customer-store.ts:41:39 public.customers.id filter knex CustomerStore.rename',
      // `.insert(this.rowFromInput(input))`: the object the method returns.
      'src/customer-store.ts:45:14 public.customers.email write knex CustomerStore.rowFromInput',
      'src/customer-store.ts:45:27 public.customers.email read knex CustomerStore.rowFromInput name-match',
      'src/customer-store.ts:45:34 public.customers.full_name write knex CustomerStore.rowFromInput',
      'src/customer-store.ts:45:51 public.customers.full_name read knex CustomerStore.rowFromInput name-match',
      // `this.mapRow(row)` with the row of `.first()`, of `const [row] = ...returning()` and of `rows.map(...)`; the
      // keys of the literal it returns as a `Customer` are that type's fields (named like the columns).
      'src/customer-store.ts:49:14 public.customers.id write knex CustomerStore.mapRow name-match',
      'src/customer-store.ts:49:22 public.customers.id read knex CustomerStore.mapRow',
      'src/customer-store.ts:49:26 public.customers.email write knex CustomerStore.mapRow name-match',
      'src/customer-store.ts:49:37 public.customers.email read knex CustomerStore.mapRow',
      'src/customer-store.ts:49:44 public.customers.full_name write knex CustomerStore.mapRow name-match',
      'src/customer-store.ts:49:58 public.customers.full_name read knex CustomerStore.mapRow',
      'src/customer-store.ts:49:69 public.customers.created_at write knex CustomerStore.mapRow name-match',
      'src/customer-store.ts:49:84 public.customers.created_at read knex CustomerStore.mapRow',
      'src/order-store.ts:4:3 public.orders.id definition knex Order.id name-match',
      'src/order-store.ts:5:3 public.orders.total_cents definition knex Order.totalCents name-match',
      'src/order-store.ts:13:50 public.orders.customer_id filter knex OrderStore.forCustomer',
      // `rows.map(toOrder)`: a module function's parameter typed `any`; it returns an `Order`.
      'src/order-store.ts:19:12 public.orders.id write knex toOrder name-match',
      'src/order-store.ts:19:20 public.orders.id read knex toOrder',
      'src/order-store.ts:19:24 public.orders.total_cents write knex toOrder name-match',
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
