import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('types mirroring a Prisma model', () => {
  it('mirror-types: zod schemas and their types, props, select consts, mocked client results and typed rows; look-alikes count nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'mirror-types');
    // The schema's own definitions are those of client-calls (same schema.prisma): only the mirrors are pinned here.
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      'src/components/CustomerCard.tsx:9:51 public.customers.full_name read prisma CustomerCard name-match',
      'src/components/CustomerCard.tsx:12:32 public.customers.full_name read prisma CustomerCard name-match',
      'src/customers/service.test.ts:9:38 public.customers.id write prisma dbCustomers',
      'src/customers/service.test.ts:9:45 public.customers.email write prisma dbCustomers',
      'src/customers/service.test.ts:9:71 public.customers.full_name write prisma dbCustomers',
      'src/customers/service.test.ts:9:88 public.customers.created_at write prisma dbCustomers',
      'src/customers/service.test.ts:10:20 public.customers.id write prisma expected name-match',
      'src/customers/service.test.ts:10:27 public.customers.email write prisma expected name-match',
      'src/customers/service.test.ts:10:53 public.customers.full_name write prisma expected name-match',
      'src/customers/service.test.ts:11:19 public.customers.email write prisma untyped name-match',
      'src/customers/service.test.ts:15:53 public.customers.id write prisma getsACustomer',
      'src/customers/service.test.ts:15:60 public.customers.email write prisma getsACustomer',
      'src/customers/service.test.ts:15:86 public.customers.full_name write prisma getsACustomer',
      // `getCustomer(1)`: its parameter filters customers.id (`where: { id }`).
      'src/customers/service.test.ts:16:35 public.customers.id filter flow -',
      // A test's names count as untyped JavaScript's (the name fallback: it names the model, `email` is the
      // customers' column): the loose `untyped` object and `found?.email` too. Outside tests a look-alike counts nothing.
      'src/customers/service.test.ts:17:17 public.customers.email read prisma getsACustomer name-match',
      'src/customers/service.test.ts:17:36 public.customers.email read prisma getsACustomer name-match',
      'src/customers/service.test.ts:17:53 public.customers.email read prisma getsACustomer name-match',
      'src/customers/service.ts:7:3 public.customers.id read prisma customerSelect',
      'src/customers/service.ts:8:3 public.customers.email read prisma customerSelect',
      'src/customers/service.ts:9:3 public.customers.full_name read prisma customerSelect',
      'src/customers/service.ts:13:48 public.customers.id filter prisma getCustomer',
      'src/customers/service.ts:17:28 public.customers.full_name read prisma greeting name-match',
      'src/types/customers.ts:5:3 public.customers.id definition prisma ZCustomer.id name-match',
      'src/types/customers.ts:6:3 public.customers.email definition prisma ZCustomer.email name-match',
      'src/types/customers.ts:7:3 public.customers.full_name definition prisma ZCustomer.fullName name-match',
      'src/types/customers.ts:12:3 public.customers.full_name definition prisma ZCustomerUpdateInput.fullName name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
