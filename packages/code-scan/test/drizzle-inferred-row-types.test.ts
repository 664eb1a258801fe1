import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

describe("drizzle's inferred row types", () => {
  it('inferred-row-types: `typeof t.$inferSelect` and `InferInsertModel<typeof t>` are the table`s rows exactly; a column the row lost is a missing member; a project type named like the table is neither', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/drizzle/inferred-row-types', import.meta.url));
    const { usages, diagnostics, missingMembers } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    expect(siteLines(usages).filter((line) => !line.startsWith('src/db/'))).toEqual([
      'src/customer-label.ts:5:22 public.customers.full_name read drizzle label',
      'src/customer-label.ts:5:44 public.customers.email read drizzle label',
      'src/customer-label.ts:9:16 public.orders.total_cents read drizzle orderTotal',
    ]);
    expect(missingMembers.map((location) => `${location.file}:${location.line}:${location.column}`)).toEqual(['src/customer-label.ts:5:63']);
    expect(diagnostics).toEqual([]);
  });
});
