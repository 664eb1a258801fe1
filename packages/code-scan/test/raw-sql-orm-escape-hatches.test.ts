import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('raw-sql adapter', () => {
  it("orm-escape-hatches: Prisma $queryRaw/$executeRaw/$queryRawUnsafe and Prisma.sql, knex.raw statements with ? bindings (not fragments), sequelize.query, Sails' sendNativeQuery (text not static there is dynamic SQL)", async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'orm-escape-hatches');
    expect(sites).toEqual([
      'src/knex-raw.ts:8:27 public.customer_exports.customer_id read raw-sql exportedSince',
      'src/knex-raw.ts:8:67 public.customer_exports.exported_at filter raw-sql exportedSince',
      'src/knex-raw.ts:17:34 public.orders.email read raw-sql legacyEmails',
      'src/prisma-raw.ts:6:34 public.customers.email read raw-sql topSpenders',
      'src/prisma-raw.ts:6:47 public.orders.total_cents read raw-sql topSpenders',
      'src/prisma-raw.ts:6:96 public.orders.customer_id filter raw-sql topSpenders',
      'src/prisma-raw.ts:6:112 public.customers.id filter raw-sql topSpenders',
      'src/prisma-raw.ts:6:126 public.customers.email read raw-sql topSpenders',
      'src/prisma-raw.ts:6:145 public.orders.total_cents filter raw-sql topSpenders',
      'src/prisma-raw.ts:10:50 public.customers.email write raw-sql forget',
      'src/prisma-raw.ts:10:69 public.customers.id filter raw-sql forget',
      'src/prisma-raw.ts:14:41 public.customers.id read raw-sql byName',
      'src/prisma-raw.ts:14:65 public.customers.full_name filter raw-sql byName',
      'src/prisma-raw.ts:17:47 public.orders.id read raw-sql recentFilter',
      'src/prisma-raw.ts:17:68 public.orders.created_at filter raw-sql recentFilter',
      'src/sails-native.js:4:53 public.orders.email write raw-sql forgetOrderEmails',
      'src/sails-native.js:4:72 public.orders.customer_id filter raw-sql forgetOrderEmails',
      'src/sails-native.js:10:58 public.customers.id filter raw-sql lockCustomer',
    ]);
    expect(diagnostics).toEqual(['sql/dynamic src/sails-native.js:15']);
  });
});
