import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('raw-sql adapter', () => {
  it('fragments-by-position: a statement mixing run-time clauses, a run-time CTE body or subquery and a run-time select item is read by where each stands', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'fragments-by-position');
    // `${roleCondition}` alone on its line and `${untilCondition(...)}` after a complete condition are clauses (left out),
    // the CTE body alone in its parentheses a subquery (`SELECT NULL`), `${selector},` a select item: the static rest is read.
    expect(sites).toEqual([
      'src/lib/queries.js:20:11 public.customers.email read raw-sql getCustomerStats',
      'src/lib/queries.js:21:11 public.customers.full_name read raw-sql getCustomerStats',
      'src/lib/queries.js:24:36 public.customers.id filter raw-sql getCustomerStats',
      'src/lib/queries.js:25:11 public.customers.id filter raw-sql getCustomerStats',
      'src/lib/queries.js:27:9 public.customers.created_at filter raw-sql getCustomerStats',
      'src/lib/queries.js:28:14 public.customers.id read raw-sql getCustomerStats',
      // `FROM (${baseQuery}) AS base`: a subquery built elsewhere; the join around it is read.
      'src/lib/queries.js:38:20 public.customers.email read raw-sql pageOf',
      'src/lib/queries.js:39:25 public.customers.id filter raw-sql pageOf',
    ]);
    // Still said: those parts are built at run time.
    expect(diagnostics).toEqual(['sql/dynamic src/lib/queries.js:31', 'sql/dynamic src/lib/queries.js:43', 'sql/dynamic src/lib/queries.js:43']);
  });
});
