import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

describe("Prisma's model types imported from @prisma/client", () => {
  it('imported-model-types: a read through the imported type (an alias of it, `Prisma.XGetPayload<...>`) is the model exactly, a field it lost is a missing member; the project`s own class of the same name is neither', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/prisma/imported-model-types', import.meta.url));
    const { usages, diagnostics, missingMembers } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(siteLines(usages).filter((line) => line.startsWith('src/'))).toEqual([
      'src/customer-card.ts:4:53 public.customers.email read prisma card',
      'src/customer-card.ts:4:69 public.orders.total_cents read prisma card',
      'src/customer-label.ts:5:22 public.customers.full_name read prisma label',
      'src/customer-label.ts:5:44 public.customers.email read prisma label',
      'src/customer-label.ts:13:58 public.customers.id read prisma -',
      'src/customer-orders.ts:7:19 public.customers.email read prisma contact',
      'src/customer-orders.ts:11:61 public.orders.total_cents read prisma total',
      'src/customer-orders.ts:16:16 public.customers.full_name read prisma byName name-match',
      'src/customer-schema.ts:7:3 public.customers.id definition prisma ZCustomer',
      'src/customer-schema.ts:8:3 public.customers.email definition prisma ZCustomer',
      'src/customer-schema.ts:9:3 public.customers.full_name definition prisma ZCustomer',
    ]);
    expect(missingMembers.map((location) => `${location.file}:${location.line}:${location.column}`)).toEqual(['src/customer-label.ts:5:63', 'src/customer-label.ts:14:47']);
    expect(diagnostics).toEqual([]);
  });
});
