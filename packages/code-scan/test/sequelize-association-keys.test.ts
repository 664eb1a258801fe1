import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('sequelize association foreign keys', () => {
  it('association-keys: foreignKey of belongsTo (source), hasMany and hasOne (target), { name } objects, the key an alias implies', async () => {
    const { sites } = await scanFixture('sequelize', 'association-keys');
    expect(sites.filter((site) => /models\/(index\.js|task\.ts)/.test(site))).toEqual([
      'src/database/models/task.ts:7:7 public.customer_exports.exported_at definition sequelize customerExport.exportedAt',
      // `belongsTo(models.user, { as: 'customer' })`: the implied `customerId`, underscored.
      'src/database/models/task.ts:14:56 public.customer_exports.customer_id read sequelize -',
      'src/models/index.js:8:45 public.orders.customer_id read sequelize -',
      // hasMany and hasOne: the key is the target's column.
      'src/models/index.js:9:43 public.orders.customer_id read sequelize -',
      'src/models/index.js:10:59 public.customer_exports.customer_id read sequelize -',
      // Not: `ReferrerCustomerId` and the implied `referrerId`, no columns of orders.
    ]);
  });
});
