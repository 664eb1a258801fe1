import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('raw SQL whose whitespace is normalised before it runs', () => {
  it('whitespace-normalised: query.replace(/\\s\\s+/g, " ") and .trim() keep the statement; a replace of words does not', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'whitespace-normalised');
    expect(sites).toEqual([
      // `query.replace(/\s\s+/g, ' ')`: the const's template, located where it is written.
      'server/lib/queries.js:6:12 public.customers.id read raw-sql getTopCustomers',
      'server/lib/queries.js:6:22 public.customers.full_name read raw-sql getTopCustomers',
      'server/lib/queries.js:6:54 public.orders.total_cents read raw-sql getTopCustomers',
      'server/lib/queries.js:8:27 public.orders.customer_id filter raw-sql getTopCustomers',
      'server/lib/queries.js:8:43 public.customers.id filter raw-sql getTopCustomers',
      'server/lib/queries.js:9:11 public.orders.created_at filter raw-sql getTopCustomers',
      'server/lib/queries.js:10:14 public.customers.id read raw-sql getTopCustomers',
      // A template normalised in place, then trimmed.
      'server/lib/queries.js:23:12 public.customer_exports.exported_at read raw-sql getExports',
    ]);
    // `.replace('TABLE', table)` writes another statement: still unknown, and said so.
    expect(diagnostics).toEqual(['sql/dynamic server/lib/queries.js:29']);
  });
});
