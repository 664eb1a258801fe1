import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('columns read in a UI through a React context typed by a mirror of a model', () => {
  it('ui-context-mirror: createContext<T>, useContext and a project wrapper of it, a hook imported; nested type literals follow relations; untyped contexts and unmirrored types give nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'ui-context-mirror');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // `useCustomerContext()` returns `useRequiredContext(CustomerContext)`: `CustomerContextValue`, whose `customer` is
      // `GetCustomerApiResponse`, a mirror of `Customer` by name; `orders` is its relation, `reduce`'s second parameter an element.
      'src/components/customer-summary.tsx:5:68 public.orders.total_cents read prisma CustomerSummary name-match',
      'src/components/customer-summary.tsx:7:32 public.customers.email read prisma CustomerSummary name-match',
      'src/components/customer-summary.tsx:8:17 public.customers.full_name read prisma CustomerSummary name-match',
      'src/components/customer-summary.tsx:8:75 public.orders.created_at read prisma CustomerSummary name-match',
      // The mirror's own fields, those of its relation's type literal as well; `referrer` is no relation of `Customer`.
      'src/utils/types.ts:2:3 public.customers.id definition prisma GetCustomerApiResponse.id name-match',
      'src/utils/types.ts:3:3 public.customers.full_name definition prisma GetCustomerApiResponse.fullName name-match',
      'src/utils/types.ts:4:3 public.customers.email definition prisma GetCustomerApiResponse.email name-match',
      'src/utils/types.ts:5:13 public.orders.id definition prisma GetCustomerApiResponse.orders.id name-match',
      'src/utils/types.ts:5:25 public.orders.total_cents definition prisma GetCustomerApiResponse.orders.totalCents name-match',
      'src/utils/types.ts:5:45 public.orders.created_at definition prisma GetCustomerApiResponse.orders.createdAt name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
