import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('sequelize adapter', () => {
  it('unresolved-entities: sequelize-typescript relation and foreign key targets no file declares or imports are warnings; the model still scans', async () => {
    const { sites, found } = await scanFixture('sequelize', 'unresolved-entities');
    expect(sites).toEqual([
      'src/customer.model.ts:5:14 public.customers.id definition sequelize Customer.id',
      'src/customer.model.ts:6:31 public.customers.email definition sequelize Customer.email',
      'src/customer.model.ts:7:37 public.customers.regionId definition sequelize Customer.regionId',
    ]);
    expect(diagnosticLines(found)).toEqual([
      'code/unresolved-entity src/customer.model.ts:7:21 src/customer.model.ts:7: the model Region is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
      'code/unresolved-entity src/customer.model.ts:8:18 src/customer.model.ts:8: the model Purchase is neither declared in the service nor imported (TypeScript: TS2304); its columns are not found',
    ]);
  });
});
