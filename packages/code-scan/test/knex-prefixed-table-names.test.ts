import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('table names built from a constant of another package', () => {
  it('prefixed-table-names: an imported start and a literal end name the one table ending so; a shared or unknown end names none of the schema', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'prefixed-table-names');
    expect(sites).toEqual([
      'src/exports.service.ts:9:23 public.customers.full_name read knex exportedCustomers',
      'src/exports.service.ts:9:53 public.customer_exports.exported_at read knex exportedCustomers',
      'src/exports.service.ts:11:44 public.customer_exports.customer_id filter knex exportedCustomers',
      'src/exports.service.ts:11:68 public.customers.id filter knex exportedCustomers',
      'src/exports.service.ts:12:14 public.customers.email filter knex exportedCustomers',
      'src/exports.service.ts:16:30 public.customer_exports.exported_at read raw-sql lastExport',
      'src/exports.service.ts:16:70 public.customer_exports.customer_id filter raw-sql lastExport',
      // Two tables end with `rs`: the name stays the scan's own, a table the schema does not have.
      'src/exports.service.ts:21:25 public.ripple_prefixed__rs.email read knex ambiguous',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
