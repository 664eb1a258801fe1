import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('a repository held in an untyped class field', () => {
  it('repository-field-assigned: the field is what the constructor assigns to it; a field holding a plain object reads nothing', async () => {
    const { sites, diagnostics } = await scanFixture('typeorm', 'repository-field-assigned');
    expect(sites.filter((site) => site.startsWith('src/customer-store.ts'))).toEqual([
      'src/customer-store.ts:14:43 public.customers.full_name filter typeorm CustomerStore.unnamed',
      'src/customer-store.ts:18:35 public.customers.id filter typeorm CustomerStore.rename',
      'src/customer-store.ts:18:43 public.customers.full_name write typeorm CustomerStore.rename',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
