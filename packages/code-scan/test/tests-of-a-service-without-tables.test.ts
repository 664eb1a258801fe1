import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

describe('tests of a service whose code touches no table (jitsu)', () => {
  it("build no rows: their keys are the service's own objects', not columns; a table-mapping service's tests still do", async () => {
    const root = fileURLToPath(new URL('../fixtures/workspaces/tests-of-a-service-without-tables', import.meta.url));
    const services = await discoverServices(root);
    const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(siteLines(usages).filter((line) => line.includes('__tests__/'))).toEqual([
      'webapps/console/__tests__/customers.test.ts:2:37 public.customers.full_name write prisma customer name-match',
    ]);
    expect(siteLines(usages).filter((line) => line.startsWith('services/rotor/'))).toEqual([]);
  });
});
