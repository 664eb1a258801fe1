import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('raw-sql adapter', () => {
  it('http-client-paths: `this.plexClient.query("/library/sections")` (jellyseerr) hands an HTTP client a URL path, which is no SQL: no `sql/unparseable` nor `sql/dynamic`; SQL that opens with a comment is still read', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'http-client-paths');
    expect(sites).toEqual([
      'server/lib/customers.ts:7:69 public.customers.email read raw-sql emailOf',
      'server/lib/customers.ts:7:96 public.customers.id filter raw-sql emailOf',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
