import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('sql-file adapter', () => {
  it('psql-and-snapshots: psql meta-commands, \\copy (query), :variables; statements separated by blank lines only', async () => {
    const { sites, diagnostics } = await scanFixture('sql-file', 'psql-and-snapshots');
    expect(sites).toEqual([
      'reports/monthly.psql.sql:4:15 public.customers.id read sql-file -',
      'reports/monthly.psql.sql:4:19 public.customers.email read sql-file -',
      'reports/monthly.psql.sql:4:46 public.customers.created_at filter sql-file -',
      'reports/monthly.psql.sql:5:40 public.orders.total_cents filter sql-file -',
      'src/queries.snapshot.sql:2:8 public.customers.id read sql-file -',
      'src/queries.snapshot.sql:2:12 public.customers.full_name read sql-file -',
      'src/queries.snapshot.sql:2:43 public.customers.email filter sql-file -',
      'src/queries.snapshot.sql:5:8 public.orders.id read sql-file -',
      'src/queries.snapshot.sql:5:12 public.orders.total_cents read sql-file -',
      'src/queries.snapshot.sql:7:8 public.orders.customer_id filter sql-file -',
      'src/queries.snapshot.sql:8:11 public.orders.created_at order sql-file -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
