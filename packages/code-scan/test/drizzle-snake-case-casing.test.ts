import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it("snake-case-casing: drizzle({ casing: 'snake_case' }) maps unnamed columns' keys to snake_case", async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'snake-case-casing');
    expect(sites).toEqual([
      'src/customers.ts:6:37 public.customers.full_name write drizzle rename',
      'src/customers.ts:6:68 public.customers.id filter drizzle rename',
      'src/customers.ts:10:49 public.customers.created_at read drizzle joinedAt',
      'src/customers.ts:10:97 public.customers.id filter drizzle joinedAt',
      'src/schema.ts:5:3 public.customers.id definition drizzle customers.id',
      'src/schema.ts:6:3 public.customers.email definition drizzle customers.email',
      'src/schema.ts:7:3 public.customers.full_name definition drizzle customers.fullName',
      'src/schema.ts:8:3 public.customers.created_at definition drizzle customers.createdAt',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
