import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('Objection models called through a registry', () => {
  it('models-registry: <x>.models.<name>.query() queries the model <Name> or its singular; unknown keys and other objects give nothing', async () => {
    const { sites, diagnostics } = await scanFixture('objection', 'models-registry');
    expect(sites).toEqual([
      'server/models/customers.js:13:9 public.customers.id definition objection Customer.id',
      'server/models/customers.js:14:9 public.customers.email definition objection Customer.email',
      'server/models/customers.js:20:51 public.customers.email filter objection Customer.byEmail',
      // `APP.models.customers.query().patch({ email }).where('id', 1)`, and the row `APP.models.orders.query().findById(1)` gives.
      'server/setup.js:5:48 public.customers.email write objection install',
      'server/setup.js:5:85 public.customers.id filter objection install',
      'server/setup.js:7:18 public.orders.email read objection install',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
