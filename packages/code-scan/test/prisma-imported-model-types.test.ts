import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

describe("Prisma's model types imported from @prisma/client", () => {
  it('imported-model-types: a read through the imported type (an alias of it, `Prisma.XGetPayload<...>`) is the model exactly, a field it lost is a missing member; the project`s own class of the same name is neither', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/prisma/imported-model-types', import.meta.url));
    const { usages, diagnostics, missingMembers } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(siteLines(usages).filter((line) => line.startsWith('src/') && !line.startsWith('src/customer.spec.ts'))).toEqual([
      'src/customer-card.ts:4:53 public.customers.email read prisma card',
      'src/customer-card.ts:4:69 public.orders.total_cents read prisma card',
      'src/customer-label.ts:5:22 public.customers.full_name read prisma label',
      'src/customer-label.ts:5:44 public.customers.email read prisma label',
      'src/customer-label.ts:13:35 public.customers.email definition contract-type CustomerExport.email',
      'src/customer-label.ts:13:35 public.customers.full_name definition contract-type CustomerExport.fullName',
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

  it('a row typed as the model, a read of it and a mocked call`s rows are usages on a value, the keys of the query it feeds are not', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/prisma/imported-model-types', import.meta.url));
    const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    const spec = usages.filter((usage) => usage.location.file === 'src/customer.spec.ts');
    expect(spec.map((usage) => `${usage.location.line}:${usage.location.column} ${usage.column.column} ${usage.access} ${usage.onValue === true ? 'on-value' : 'query'}`)).toEqual([
      '6:30 id write on-value',
      '6:37 email write on-value',
      '6:63 full_name write on-value',
      '10:42 email write query',
      '10:58 email read on-value',
      '10:65 full_name write query',
      '11:19 full_name read on-value',
      '16:49 id write on-value',
      '16:56 email write on-value',
      '16:82 full_name write on-value',
    ]);
  });
});
