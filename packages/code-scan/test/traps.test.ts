import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

/**
 * The four traps of a name-based scan, one fixture each: every `email` in the trap files is something other than
 * customers.email, so customers.email has no usage but its definition; the other sites (exact) pin that the
 * adapter did read the same files.
 */
const TRAPS = [
  {
    trap: 'the same column name on another table',
    orm: 'kysely',
    name: 'trap-same-column-other-table',
    sites: [
      'src/db.ts:4:3 public.customers.id definition kysely CustomerTable.id',
      'src/db.ts:5:3 public.customers.email definition kysely CustomerTable.email',
      'src/db.ts:9:3 public.orders.id definition kysely OrderTable.id',
      'src/db.ts:10:3 public.orders.customer_id definition kysely OrderTable.customer_id',
      'src/db.ts:11:3 public.orders.email definition kysely OrderTable.email',
      'src/receipts.ts:8:43 public.orders.id read kysely receiptsTo',
      'src/receipts.ts:8:56 public.orders.email read kysely receiptsTo',
      'src/receipts.ts:8:72 public.orders.email filter kysely receiptsTo',
      'src/receipts.ts:14:37 public.customers.id filter kysely receiptsOfCustomer',
      'src/receipts.ts:14:45 public.orders.customer_id filter kysely receiptsOfCustomer',
      'src/receipts.ts:15:16 public.orders.email read kysely receiptsOfCustomer',
      'src/receipts.ts:16:15 public.customers.id filter kysely receiptsOfCustomer',
      'src/receipts.ts:21:40 public.orders.email write kysely resend',
      'src/receipts.ts:21:56 public.orders.id filter kysely resend',
      'src/receipts.ts:25:29 public.orders.id read raw-sql receiptsSql',
      'src/receipts.ts:25:68 public.customers.id filter raw-sql receiptsSql',
      'src/receipts.ts:25:75 public.orders.customer_id filter raw-sql receiptsSql',
      'src/receipts.ts:25:95 public.orders.email filter raw-sql receiptsSql',
    ],
  },
  {
    trap: 'a local variable or parameter named like the column',
    orm: 'knex',
    name: 'trap-local-variable',
    sites: [
      'src/notify.ts:19:52 public.customers.id read knex notifyCustomer',
      'src/notify.ts:19:64 public.customers.id filter knex notifyCustomer',
      // `customer.id` on the row of `.first()` is the column; the `email` locals are not.
      'src/notify.ts:20:38 public.customers.id read knex notifyCustomer',
    ],
  },
  {
    trap: 'a getter named like the column on an unrelated class',
    orm: 'typeorm',
    name: 'trap-getter-unrelated-class',
    sites: [
      'src/customer.entity.ts:6:3 public.customers.id definition typeorm Customer.id',
      'src/customer.entity.ts:9:3 public.customers.email definition typeorm Customer.email',
      'src/send.ts:14:45 public.customers.id read typeorm envelope',
    ],
  },
  {
    trap: 'an API field with the same name, not backed by the column',
    orm: 'prisma',
    name: 'trap-api-field',
    sites: [
      'prisma/schema.prisma:6:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:7:3 public.customers.email definition prisma Customer.email',
      'src/profile.ts:18:64 public.customers.id filter prisma profile',
      'src/profile.ts:18:80 public.customers.id read prisma profile',
      'src/profile.ts:19:25 public.customers.id read prisma profile',
    ],
  },
] as const;

describe('traps count nothing', () => {
  it.each(TRAPS)('$orm/$name: $trap', async ({ orm, name, sites }) => {
    const result = await scanFixture(orm, name);
    expect(result.sites).toEqual(sites);
    expect(result.sites.filter((site) => site.includes('public.customers.email') && !site.includes(' definition '))).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});
