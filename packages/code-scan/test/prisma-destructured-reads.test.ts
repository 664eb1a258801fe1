import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('fields destructured from a typed Prisma row', () => {
  it('destructured-reads: parameters, typed locals, query results and callbacks over rows taken apart read their fields; another type and a rest element do not', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'destructured-reads');
    // A model type imported from @prisma/client is tied to the model by its name (name-match), as mirror types are.
    expect(sites).toEqual([
      'prisma/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
      'src/customer-export.ts:11:31 public.customers.email read prisma toExportRow',
      'src/customer-export.ts:11:38 public.customers.full_name read prisma toExportRow',
      'src/customer-export.ts:16:71 public.customers.id filter prisma exportCustomer',
      'src/customer-export.ts:17:11 public.customers.email read prisma exportCustomer',
      'src/customer-export.ts:23:13 public.customers.full_name read prisma CustomerDialog.open',
      'src/customer-export.ts:34:27 public.customers.email read prisma customerEmails',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
