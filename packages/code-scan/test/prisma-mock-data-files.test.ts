import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('mock rows in stories and test utilities', () => {
  it('mock-data-files: a story\'s and a test utility\'s loose literals are matched by name, as tests are; product code is not', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'mock-data-files');
    expect(sites.filter((site) => !site.startsWith('prisma/'))).toEqual([
      'src/app/portfolio/portfolio-calculator-test-utils.ts:4:3 public.orders.total_cents write prisma orderDummyData name-match',
      'src/lib/orders-table/orders-table.component.stories.ts:6:5 public.orders.created_at write prisma orders name-match',
      'src/lib/orders-table/orders-table.component.stories.ts:7:5 public.orders.customer_id write prisma orders name-match',
      'src/lib/orders-table/orders-table.component.stories.ts:9:5 public.orders.total_cents write prisma orders name-match',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
