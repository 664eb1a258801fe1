import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('types mirroring a Prisma model in another workspace package', () => {
  it('mirror-in-types-package: a zod types package and a UI without a Prisma import still see the schema their types mirror; only the schema package defines it', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'mirror-in-types-package');
    expect(sites).toEqual([
      'apps/web/components/CustomerName.tsx:4:26 public.customers.full_name read prisma CustomerName name-match',
      'packages/database/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'packages/database/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'packages/database/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
      'packages/types/customers.ts:4:3 public.customers.id definition prisma ZCustomer.id name-match',
      'packages/types/customers.ts:5:3 public.customers.email definition prisma ZCustomer.email name-match',
      'packages/types/customers.ts:6:3 public.customers.full_name definition prisma ZCustomer.fullName name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
