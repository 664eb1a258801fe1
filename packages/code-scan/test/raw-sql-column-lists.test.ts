import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('columns listed as strings beside their table', () => {
  it("column-lists: pg-promise ColumnSet and a project helper's table and column list; packages' functions, unknown tables and single strings give nothing", async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'column-lists');
    expect(sites).toEqual([
      // `nickname` is no column of `customers`: the helper's strings count only where the table has them.
      'src/customers.ts:4:43 public.customers.email write raw-sql upsertCustomers',
      'src/customers.ts:4:52 public.customers.full_name write raw-sql upsertCustomers',
      'src/customers.ts:7:58 public.orders.id write raw-sql orderColumns',
      'src/customers.ts:7:64 public.orders.email write raw-sql orderColumns',
      'src/customers.ts:7:81 public.orders.total_cents write raw-sql orderColumns',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
