import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('sequelize adapter', () => {
  it("global-define: new Sequelize(url, { define: { underscored, freezeTableName } }) names every model's table and columns; a model's own option wins", async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'global-define');
    expect(sites).toEqual([
      'src/models.ts:5:3 public.customers.email definition sequelize customers.email',
      'src/models.ts:6:3 public.customers.full_name definition sequelize customers.fullName',
      'src/models.ts:10:68 public.customer_exports.customer_id definition sequelize CustomerExport.customerId',
      'src/models.ts:10:99 public.customer_exports.exported_at definition sequelize CustomerExport.exportedAt',
      'src/models.ts:13:48 public.customer_exports.customer_id read sequelize recentExports',
      'src/models.ts:13:72 public.customer_exports.exported_at order sequelize recentExports',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
