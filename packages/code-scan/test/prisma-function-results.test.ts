import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('rows a function returns, read where it is called', () => {
  it('function-results: a named function or method without a declared type gives what it returns; two declarations of one name are told apart by the module imported; a scalar and a package give nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'function-results');
    expect(sites.filter((site) => / read /.test(site))).toEqual([
      // What callers read off the rows the functions return:
      'src/auth/data.ts:13:44 public.customers.id read prisma greeting',
      'src/auth/data.ts:14:22 public.customers.full_name read prisma greeting',
      'src/auth/data.ts:14:63 public.orders.total_cents read prisma greeting',
      'src/billing/customer.service.ts:15:22 public.customers.email read prisma InvoiceService.recipient',
      // `lookup` is declared twice, but imported from `@/features/customer/data`, whose `lookup` gives a customer.
      'src/billing/traps.ts:8:19 public.customers.email read prisma traps',
      'src/features/customer/data.ts:20:20 public.customers.email read prisma customerEmail',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
