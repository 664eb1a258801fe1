import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('untyped values named after a model', () => {
  it('receiver-named-after-model: `order.customerId` in a file that works with customers is an orders column', async () => {
    const { sites } = await scanFixture('sequelize', 'receiver-named-after-model');
    expect(sites.filter((site) => site.startsWith('src/graphql/'))).toEqual([
      // `customerId` is a column of orders and of customer_exports; the receiver says which.
      'src/graphql/OrderFields.js:9:45 public.orders.customer_id read sequelize resolve name-match',
      'src/graphql/OrderFields.js:14:20 public.orders.total_cents read sequelize resolve name-match',
      // Not: `order.buyer` (no column), `charge.totalCents` (the file refers to Customer only, `charge` names no model).
    ]);
  });
});
