import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe("a tRPC client's mutations", () => {
  it("trpc-mutation-inputs: a key of the object a mutation sends is the write its procedure's input reaches; not an input no column takes, nor TanStack Query's own mutation", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'trpc-mutation-inputs');
    expect(sites.filter((site) => !site.startsWith('prisma/') && !site.startsWith('src/server/'))).toEqual([
      // `save({ id, fullName: name })`, `save` being `mutate` of `useUpdateCustomer()`, which returns the
      // `customers.update` mutation: `id` matches the row, `fullName` is written.
      'src/components/customer-form.tsx:14:16 public.customers.id filter flow -',
      'src/components/customer-form.tsx:14:20 public.customers.full_name write flow -',
      // `refund.mutateAsync(...)` of a local `orders.refund` mutation, whose resolver destructures its input.
      'src/components/customer-form.tsx:15:36 public.orders.id filter flow -',
      'src/components/customer-form.tsx:15:40 public.orders.total_cents write flow -',
      // The vanilla client's `client.orders.refund.mutate(...)`.
      'src/utils/refund-script.ts:7:61 public.orders.id filter flow -',
      'src/utils/refund-script.ts:7:65 public.orders.total_cents write flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
