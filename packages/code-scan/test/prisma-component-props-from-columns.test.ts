import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe("a column's value handed to a component prop or a parameter field of its name", () => {
  it('component-props-from-columns: JSX attributes and object arguments into destructured fields and local interfaces, on down through components; generic props and values from elsewhere give nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'component-props-from-columns');
    expect(sites.filter((site) => site.includes(' flow '))).toEqual([
      // `interface OrderSummaryProps` of `OrderSummary(props: OrderSummaryProps)`.
      'src/components/OrderSummary.tsx:4:3 public.orders.total_cents read flow OrderSummary',
      'src/components/OrderSummary.tsx:5:3 public.customers.full_name read flow OrderSummary',
      // Handed on as `total_cents={props.totalCents}` into a `memo(...)` component.
      'src/components/TotalLine.tsx:3:34 public.orders.total_cents read flow TotalLine',
      'src/lib/describe-customer.ts:1:36 public.customers.full_name read flow describeCustomer',
      'src/lib/describe-customer.ts:1:46 public.orders.email read flow describeCustomer',
    ]);
    expect(sites.some((site) => site.startsWith('src/components/DateCell.tsx') || site.startsWith('src/components/CurrencyBadge.tsx'))).toBe(false);
    expect(diagnostics).toEqual([]);
  });
});
