import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('calls of a class instance held in a top-level const', () => {
  it('client-instance-arguments: customersClient.createCustomer({...}) runs CustomersClient.createCustomer, whose input mirrors the model', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'client-instance-arguments');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      'src/app/api/stripe/checkout-completed.ts:6:5 public.customers.email write prisma onCheckoutCompleted name-match',
      'src/app/api/stripe/checkout-completed.ts:7:5 public.customers.full_name write prisma onCheckoutCompleted name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
