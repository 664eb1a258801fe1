import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('sequelize adapter', () => {
  it("global-define: new Sequelize(url, { define: { underscored, freezeTableName } }) names every model's table and columns; a model's own option wins; the id and timestamps Sequelize adds count where the schema has them", async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'global-define');
    expect(sites).toEqual([
      'src/models.ts:4:55 public.customers.created_at definition sequelize customers.createdAt',
      'src/models.ts:4:55 public.customers.id definition sequelize customers.id',
      'src/models.ts:5:3 public.customers.email definition sequelize customers.email',
      'src/models.ts:6:3 public.customers.full_name definition sequelize customers.fullName',
      'src/models.ts:10:68 public.customer_exports.customer_id definition sequelize CustomerExport.customerId',
      'src/models.ts:10:99 public.customer_exports.exported_at definition sequelize CustomerExport.exportedAt',
      'src/models.ts:13:48 public.customer_exports.customer_id read sequelize recentExports',
      'src/models.ts:13:72 public.customer_exports.exported_at order sequelize recentExports',
      'src/models.ts:18:42 public.customers.id read sequelize newestCustomers',
      'src/models.ts:18:48 public.customers.email read sequelize newestCustomers',
      'src/models.ts:18:80 public.customers.created_at order sequelize newestCustomers',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
