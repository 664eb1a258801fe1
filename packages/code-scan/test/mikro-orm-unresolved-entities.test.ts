import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('mikro-orm adapter', () => {
  it('unresolved-entities: a relation target and EntityManager calls naming a model no file declares or imports are warnings; the rest still scans', async () => {
    const { sites, found } = await scanFixture('mikro-orm', 'unresolved-entities');
    expect(sites).toEqual([
      'src/dispatch.ts:5:30 public.customers.email filter mikro-orm byEmail',
      'src/entities.ts:5:17 public.customers.id definition mikro-orm Customer.id',
      'src/entities.ts:6:15 public.customers.email definition mikro-orm Customer.email',
      'src/entities.ts:12:17 public.orders.id definition mikro-orm Order.id',
      'src/entities.ts:13:30 public.orders.customer_id definition mikro-orm Order.customer',
      'src/entities.ts:14:40 public.orders.region_id definition mikro-orm Order.region',
    ]);
    expect(diagnosticLines(found)).toEqual([
      'code/unresolved-entity src/dispatch.ts:9:37 src/dispatch.ts:9: the model Voucher is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
      'code/unresolved-entity src/dispatch.ts:10:28 src/dispatch.ts:10: the model Voucher is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
      'code/unresolved-entity src/entities.ts:14:30 src/entities.ts:14: the model Region is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
    ]);
  });
});
