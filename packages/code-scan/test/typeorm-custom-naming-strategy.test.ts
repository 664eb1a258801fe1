import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('typeorm adapter', () => {
  it('custom-naming-strategy: namingStrategy: new AppNamingStrategy(), a subclass of SnakeNamingStrategy, snake_cases columns', async () => {
    const { sites, diagnostics } = await scanFixture('typeorm', 'custom-naming-strategy');
    expect(sites).toEqual([
      'src/customer.entity.ts:6:3 public.customers.id definition typeorm Customer.id',
      'src/customer.entity.ts:9:3 public.customers.full_name definition typeorm Customer.fullName',
      'src/customer.entity.ts:12:3 public.customers.created_at definition typeorm Customer.createdAt',
      'src/customers.ts:5:61 public.customers.created_at order typeorm newest',
      'src/customers.ts:5:92 public.customers.full_name read typeorm newest',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
