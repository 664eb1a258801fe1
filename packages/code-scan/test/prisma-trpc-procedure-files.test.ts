import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('tRPC procedures declared one const per file, their results read by field', () => {
  it('trpc-procedure-files: a procedure const mounted by name has its router path; the fields of the object it returns are typed at path.field; traps give nothing or the other table', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'trpc-procedure-files');
    expect(sites.filter((site) => site.startsWith('src/components/'))).toEqual([
      // `type Customer = NonNullable<AppRouterOutput['customers']['get']['customer']>`.
      'src/components/customer-form.tsx:8:19 public.customers.email read prisma CustomerForm',
      // `customer?: AppRouterOutput['customers']['get']['customer']`.
      'src/components/customer-form.tsx:9:38 public.customers.full_name read prisma CustomerForm',
      // `trpc.customers.getWithOrder.useQuery(...).data.customer`.
      'src/components/customer-page.tsx:8:26 public.customers.full_name read prisma CustomerPage',
      // The trap: the result's `latestOrder` is an order.
      'src/components/customer-page.tsx:10:29 public.orders.email read prisma CustomerPage',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('trpc-procedure-files: a discriminated union of type literals (a React context value) types each key its members agree on; a key two members type differently is none', async () => {
    const { sites } = await scanFixture('prisma', 'trpc-procedure-files');
    expect(sites.filter((site) => site.startsWith('src/app/'))).toEqual([
      // `const { isLoading, customer } = useCurrentCustomer()`, `customer: Customer` in one member, `undefined` in the other.
      'src/app/customer-information.tsx:7:40 public.customers.full_name read prisma CustomerInformation',
      // Not `of.subject.email`: `subject` is a customer in one member and an order in the other.
    ]);
  });
});
