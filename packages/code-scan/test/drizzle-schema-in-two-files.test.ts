import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it('schema-in-two-files: a table declared in the schema and again in a generated auth schema defines its columns in both files; a column only one of them declares still resolves', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'schema-in-two-files');
    expect(sites).toEqual([
      'auth-schema.ts:5:3 public.customers.id definition drizzle customers.id',
      'auth-schema.ts:6:3 public.customers.email definition drizzle customers.email',
      'auth-schema.ts:7:3 public.customers.created_at definition drizzle customers.createdAt',
      'src/db/schema/customer.ts:4:3 public.customers.id definition drizzle customers.id',
      'src/db/schema/customer.ts:5:3 public.customers.email definition drizzle customers.email',
      'src/db/schema/customer.ts:6:3 public.customers.full_name definition drizzle customers.fullName',
      'src/db/schema/customer.ts:7:3 public.customers.created_at definition drizzle customers.createdAt',
      'src/services/customer.ts:8:38 public.customers.full_name read drizzle findByEmail',
      'src/services/customer.ts:8:85 public.customers.email filter drizzle findByEmail',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
