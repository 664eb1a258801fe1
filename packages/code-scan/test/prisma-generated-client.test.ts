import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/prisma-generated-client', import.meta.url));

describe('a Prisma client generated into the source tree (generator output)', () => {
  it('is no missing module: its client calls and model types are the schema\'s; a file no generator writes is', async () => {
    const { usages, diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "src/customers.ts:4: cannot find module './lib/normalize' (no such file in the service; TypeScript: TS2307); what it exports is not followed",
    ]);
    expect(siteLines(usages).filter((line) => line.startsWith('src/'))).toEqual([
      'src/customers.ts:7:48 public.customers.email filter prisma findCustomer',
      // The model type the generated client exports, as `@prisma/client`'s: the model itself.
      'src/customers.ts:11:28 public.customers.full_name read prisma greeting',
    ]);
  });
});
