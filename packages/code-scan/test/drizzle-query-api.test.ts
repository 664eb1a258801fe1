import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it('query-api: pgTable with and without column names, insert/update/select/orderBy, db.query columns and where/orderBy (callbacks and operator calls), its rows and functions returning them; an API interface, a getter and parameters named email count nothing', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'query-api');
    expect(sites).toEqual([
      'src/customers.ts:7:40 public.customers.email write drizzle register',
      'src/customers.ts:7:47 public.customers.full_name write drizzle register',
      'src/customers.ts:7:85 public.customers.id read drizzle register',
      'src/customers.ts:11:37 public.customers.full_name write drizzle rename',
      'src/customers.ts:11:68 public.customers.id filter drizzle rename',
      'src/customers.ts:15:61 public.customers.created_at order drizzle newest',
      'src/customers.ts:19:51 public.customers.email read drizzle withQueryApi',
      'src/customers.ts:24:42 public.customers.email filter drizzle byEmailQueryApi',
      'src/customers.ts:25:49 public.customers.created_at order drizzle byEmailQueryApi',
      'src/customers.ts:30:60 public.customers.email filter drizzle byEmailFilter',
      'src/customers.ts:30:100 public.customers.created_at order drizzle byEmailFilter',
      // The query API's rows: `customer?.fullName` of `findFirst`, and through a function that returns one.
      'src/results.ts:6:94 public.customers.id filter drizzle greeting',
      'src/results.ts:7:29 public.customers.full_name read drizzle greeting',
      'src/results.ts:11:39 public.customers.email filter flow -',
      'src/results.ts:12:17 public.customers.email read drizzle contact',
      'src/schema.ts:4:3 public.customers.id definition drizzle customers.id',
      'src/schema.ts:5:3 public.customers.email definition drizzle customers.email',
      'src/schema.ts:6:3 public.customers.full_name definition drizzle customers.fullName',
      'src/schema.ts:7:3 public.customers.created_at definition drizzle customers.createdAt',
      'src/schema.ts:11:3 public.orders.id definition drizzle orders.id',
      'src/schema.ts:12:3 public.orders.customer_id definition drizzle orders.customerId',
      'src/schema.ts:13:3 public.orders.email definition drizzle orders.email',
      'src/traps.ts:20:63 public.orders.email filter drizzle receipt',
    ]);
    expect(diagnostics).toEqual([]);
    expect(sites.filter((site) => site.startsWith('src/traps.ts') && site.includes('customers'))).toEqual([]);
  });

});
