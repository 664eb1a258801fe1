import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('columns read in a UI through a tRPC client or a typed fetch hook', () => {
  it('ui-client-reads: useQuery data, useSuspenseQuery, utils fetch, queryOptions and RouterOutputs types are the procedure result; useSWR<T> and useQuery<T> data is T; the imported hook of that module; traps give nothing or the other table', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'ui-client-reads');
    expect(sites.filter((site) => site.startsWith('src/components/'))).toEqual([
      // `useCustomer()` of `@/contexts/customer` returns `query.data` of `customers.get`.
      'src/components/customer-card.tsx:12:21 public.customers.full_name read prisma CustomerCard',
      // `const { data } = trpc.customers.get.useQuery(...)`.
      'src/components/customer-card.tsx:13:44 public.customers.email read prisma CustomerCard',
      // `const [order] = trpc.orders.latest.useSuspenseQuery(...)`.
      'src/components/customer-card.tsx:14:18 public.orders.total_cents read prisma CustomerCard',
      // `useQuery(trpc.customers.get.queryOptions(...)).data`.
      'src/components/customer-card.tsx:15:25 public.customers.full_name read prisma CustomerCard',
      // `await utils.customers.get.fetch(...)`.
      'src/components/customer-card.tsx:23:17 public.customers.email read prisma refreshCustomer',
      // `useSWR<Customer>(...)` (`@prisma/client`'s type, known by name as a Prisma model's type is; not the `Customer`
      // customer-header.tsx declares for itself), `useQuery<LatestOrder>(...)`; not the untyped nor the literal one.
      'src/components/customer-fetch-hooks.tsx:18:14 public.customers.full_name read prisma CustomerFetchHooks',
      'src/components/customer-fetch-hooks.tsx:18:37 public.orders.total_cents read prisma CustomerFetchHooks',
      // `type Customer = NonNullable<RouterOutputs['customers']['get']>`, `inferRouterOutputs<AppRouter>['orders']['latest']`.
      'src/components/customer-header.tsx:10:17 public.customers.full_name read prisma CustomerHeader',
      'src/components/customer-header.tsx:10:35 public.orders.email read prisma CustomerHeader',
      // The trap: the legacy `useCustomer` gives an order.
      'src/components/traps.tsx:12:15 public.orders.email read prisma Traps',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
