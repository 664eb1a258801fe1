import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('drizzle adapter', () => {
  it('namespace-import-of-schema: `import * as schema from "../db/schema.js"` then `schema.customers.fullName` reads the table of the module imported whole (wundergraph/cosmo); a package\'s namespace and a parameter named `schema` are no table', async () => {
    const { sites, diagnostics } = await scanFixture('drizzle', 'namespace-import-of-schema');
    expect(sites.filter((site) => !site.startsWith('src/db/'))).toEqual([
      'src/bin/migrate-customers.ts:14:12 public.customers.full_name write drizzle backfillNames',
      'src/bin/migrate-customers.ts:15:36 public.customers.id filter drizzle backfillNames',
      'src/bin/migrate-customers.ts:15:77 public.customers.full_name filter drizzle backfillNames',
      'src/bin/migrate-customers.ts:19:14 public.customers.email read drizzle printRow',
      // The id handed to `backfillNames` filters `customers.id`, as with a named import.
      'src/bin/migrate-customers.ts:27:25 public.customers.id filter flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
