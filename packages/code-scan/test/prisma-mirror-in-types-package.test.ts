import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('types mirroring a Prisma model in another workspace package', () => {
  it('mirror-in-types-package: a zod types package and a UI without a Prisma import still see the schema their types mirror (a schema picked from one too); only the schema package defines it', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'mirror-in-types-package');
    expect(sites).toEqual([
      'apps/web/components/CustomerName.tsx:4:26 public.customers.full_name read prisma CustomerName name-match',
      // `ZCustomer.pick({ email: true, fullName: true })`: the picked keys are ZCustomer's fields, named as the new schema's.
      'apps/web/settings/schemas.ts:6:3 public.customers.email definition prisma ZCustomerContactInput.email name-match',
      'apps/web/settings/schemas.ts:7:3 public.customers.full_name definition prisma ZCustomerContactInput.fullName name-match',
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
