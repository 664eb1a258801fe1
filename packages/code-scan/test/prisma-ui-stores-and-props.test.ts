import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('columns read in a UI through component props and stores', () => {
  it("ui-stores-and-props: each file's own Props, props typed by a component's FC<P>, a type extending the model, a zustand store's state by its default import; other stores and own properties give nothing", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'ui-stores-and-props');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      // Props from the component's own type (`React.VoidFunctionComponent<OrderCardProps>`, `NextPage<CustomerPageProps>`).
      'src/components/OrderCard.tsx:11:12 public.orders.total_cents read prisma OrderCard',
      'src/components/OrderCard.tsx:11:44 public.customers.full_name read prisma OrderCard',
      'src/components/OrderCard.tsx:17:82 public.customers.email read prisma CustomerPage',
      'src/components/OrderRow.tsx:8:24 public.orders.total_cents read prisma OrderRow',
      'src/components/OrderRow.tsx:8:50 public.orders.email read prisma OrderRow',
      // `item.email` through this file's `Props` (not OrderRow's), `account.email` through the store's `AccountStore`.
      'src/components/ProfileSettings.tsx:12:24 public.customers.email read prisma ProfileSettings name-match',
      'src/components/ProfileSettings.tsx:12:42 public.customers.email read prisma ProfileSettings name-match',
      'src/components/ProfileSettings.tsx:12:56 public.customers.full_name read prisma ProfileSettings name-match',
      'src/components/ProfileSettings.tsx:12:77 public.customers.full_name read prisma ProfileSettings name-match',
      'src/types/global.ts:3:42 public.customers.created_at definition contract-type AccountSettings.createdAt',
      'src/types/global.ts:3:42 public.customers.email definition contract-type AccountSettings.email',
      'src/types/global.ts:3:42 public.customers.full_name definition contract-type AccountSettings.fullName',
      'src/types/global.ts:3:42 public.customers.id definition contract-type AccountSettings.id',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
