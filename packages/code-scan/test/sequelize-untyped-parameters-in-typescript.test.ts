import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('untyped parameters in TypeScript', () => {
  it('untyped-parameters-in-typescript: `order.customerId` off a parameter with no type and no context is matched by name, as in JavaScript', async () => {
    const { sites } = await scanFixture('sequelize', 'untyped-parameters-in-typescript');
    expect(sites.filter((site) => site.startsWith('src/graphql/'))).toEqual([
      // `customerId` is a column of orders and of customer_exports: the receiver `order` says which.
      'src/graphql/common/orders.ts:7:57 public.orders.customer_id read sequelize canSeeOrderTotal name-match',
      'src/graphql/common/orders.ts:8:61 public.orders.customer_id read sequelize canSeeOrderTotal name-match',
      'src/graphql/common/orders.ts:12:31 public.orders.customer_id read sequelize orderTotal name-match',
      'src/graphql/common/orders.ts:12:51 public.orders.total_cents read sequelize orderTotal name-match',
      // Not: `charge.totalCents` (annotated), `row.totalCents` (a callback typed by `rows.map`).
    ]);
  });
});
