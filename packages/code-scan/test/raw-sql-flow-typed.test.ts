import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('Flow-typed JavaScript', () => {
  it('flow-typed: type annotations are blanked before parsing (positions kept): every query found, no syntax error', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'flow-typed');
    expect(sites).toEqual([
      'src/customers.js:8:45 public.customers.email read raw-sql customerEmail',
      'src/customers.js:8:72 public.customers.id filter raw-sql customerEmail',
      'src/customers.js:13:42 public.customers.full_name write raw-sql rename',
      'src/customers.js:13:63 public.customers.id filter raw-sql rename',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
