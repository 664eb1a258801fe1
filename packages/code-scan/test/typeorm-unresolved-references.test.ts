import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

const UNRESOLVED = [
  'code/unresolved-entity src/entities.ts:15:20 src/entities.ts:15: the model Warehouse is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
  "code/unresolved-import src/orders.service.ts:4:26 src/orders.service.ts:4: cannot find module './shipment.entity.js' (no such file in the service; TypeScript: TS2307); what it exports is not followed",
  "code/unresolved-import src/orders.service.ts:5:29 src/orders.service.ts:5: cannot find module './carriers' (no such file in the service; TypeScript: TS2307); what it exports is not followed",
  'code/unresolved-entity src/orders.service.ts:11:42 src/orders.service.ts:11: the model Refund is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
];

describe('typeorm adapter', () => {
  it('unresolved-references: a missing import and models named but never declared or imported are warnings naming file, line and name; the rest still scans', async () => {
    const { sites, found } = await scanFixture('typeorm', 'unresolved-references');
    expect(sites).toEqual([
      'src/entities.ts:5:29 public.customers.id definition typeorm Customer.id',
      'src/entities.ts:6:13 public.customers.email definition typeorm Customer.email',
      'src/entities.ts:12:29 public.orders.id definition typeorm Order.id',
      'src/entities.ts:13:13 public.orders.totalCents definition typeorm Order.totalCents',
      'src/entities.ts:14:30 public.orders.customerId definition typeorm Order.customer',
      // The join column of a relation to an unknown model is still the relation's own column.
      'src/entities.ts:15:31 public.orders.warehouseId definition typeorm Order.warehouse',
      'src/orders.service.ts:16:49 public.orders.id filter typeorm OrdersService.total',
      'src/orders.service.ts:17:29 public.orders.totalCents read typeorm OrdersService.total',
      'src/orders.service.ts:17:74 public.customers.email read typeorm OrdersService.total',
    ]);
    expect(diagnosticLines(found)).toEqual(UNRESOLVED);
  });

  it('unresolved-references with typeCheck: TypeScript reports the same places (TS2307, TS2304) and nothing is said twice', async () => {
    const { found } = await scanFixture('typeorm', 'unresolved-references', { typeCheck: true });
    expect(diagnosticLines(found)).toEqual(UNRESOLVED);
  });
});
