import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('typeorm adapter', () => {
  it('broken-service: a file with a type error and a syntax error still scans, with a diagnostic naming the file and line', async () => {
    const { sites, diagnostics } = await scanFixture('typeorm', 'broken-service');
    expect(sites).toEqual([
      'src/customer.entity.ts:6:3 public.customers.id definition typeorm Customer.id',
      'src/customer.entity.ts:9:3 public.customers.email definition typeorm Customer.email',
      'src/wip.ts:6:19 public.customers.email read typeorm describe',
    ]);
    expect(diagnostics).toEqual([
      'code/syntax-error src/wip.ts:9']);
  });

});
