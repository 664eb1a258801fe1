import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('knex row types', () => {
  it('typed-row-types: a type a builder call takes as its row type is that table\'s, exactly, whatever its name', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'typed-row-types');
    expect(sites).toEqual([
      'src/account.service.ts:5:50 public.customers.id filter knex getAccount',
      // `account.email` on a DBAccount, `purchase.total_cents` / `.email` on a DBPurchase: the rows of the calls
      // that named those types; not name-match.
      'src/account.service.ts:9:18 public.customers.email read knex isCapped',
      'src/account.service.ts:13:49 public.orders.customer_id filter knex purchasesOf',
      'src/account.service.ts:17:22 public.orders.total_cents read knex receipt',
      'src/account.service.ts:17:61 public.orders.email read knex receipt',
      'src/account.service.ts:21:49 public.customers.id write knex touch',
      'src/account.service.ts:22:46 public.orders.id write knex touch',
      // The interfaces' fields that are columns define them; `is_capped` is none, DBRecord was told two tables,
      // DBAudit none.
      'src/db-types.ts:6:3 public.customers.id definition knex DBAccount.id',
      'src/db-types.ts:7:3 public.customers.email definition knex DBAccount.email',
      'src/db-types.ts:8:3 public.customers.full_name definition knex DBAccount.full_name',
      'src/db-types.ts:9:3 public.customers.created_at definition knex DBAccount.created_at',
      'src/db-types.ts:15:3 public.orders.id definition knex DBPurchase.id',
      'src/db-types.ts:16:3 public.orders.customer_id definition knex DBPurchase.customer_id',
      'src/db-types.ts:17:3 public.orders.total_cents definition knex DBPurchase.total_cents',
      'src/db-types.ts:18:3 public.orders.email definition knex DBPurchase.email',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
