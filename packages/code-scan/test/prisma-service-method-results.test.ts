import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('rows a service method returns, read in another service', () => {
  it('service-method-results: a call of an injected service method gives its declared return type; another type reads nothing', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'service-method-results');
    expect(sites).toEqual([
      'prisma/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
      'src/export.service.ts:8:18 public.customers.id read prisma ExportService.export',
      'src/export.service.ts:9:15 public.customers.email read prisma ExportService.export',
      'src/export.service.ts:9:22 public.customers.full_name read prisma ExportService.export',
      'src/export.service.ts:12:51 public.customers.full_name read prisma ExportService.export',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
