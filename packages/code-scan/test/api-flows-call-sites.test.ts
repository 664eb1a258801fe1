import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { flowLines } from './flow-lines.js';
import { SHOP_SCHEMA } from './snapshot-of.js';

const ROOT = fileURLToPath(new URL('../fixtures/flows/helper-call-sites', import.meta.url));

describe('api flows through a helper called from several places', () => {
  it('helper-call-sites: a value given to a function comes back only from that call, not from every call of the function', async () => {
    const { apiFlows } = await scanUsages({ root: ROOT, schema: SHOP_SCHEMA, cacheDir: false });
    // Not `GET /fees/{amount} response .fee`: toCurrencyAtDate's call of toCurrency gets back the fee it gave.
    // Nor `GET /rates/{rate}`'s `rate`, another call of Money.convert.
    expect(flowLines(apiFlows, 'orders.total_cents', /^src\//)).toEqual([
      'GET /orders/{id}/total response .total',
      '  routes.ts:10 read public.orders.total_cents',
      '  routes.ts:10 object literal .total',
      '  routes.ts:10 returned by an inline function .total',
      '  routes.ts:8 GET /orders/{id}/total response .total',
      'GET /orders/{id}/converted response .converted',
      '  routes.ts:23 read public.orders.total_cents',
      '  routes.ts:23 parameter 0 of Money.convert()',
      '  money.ts:13 returned by Money.convert()',
      '  routes.ts:23 object literal .converted',
      '  routes.ts:23 returned by an inline function .converted',
      '  routes.ts:21 GET /orders/{id}/converted response .converted',
    ]);
  });
});
