import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  Users: ['id', 'name', 'email', 'createdAt', 'updatedAt'],
  Orders: ['id', 'totalAmount', 'status', 'isDismissed', 'createdAt', 'updatedAt'],
  TransactionsImportsRows: ['id', 'isDismissed', 'OrderId', 'createdAt', 'updatedAt'],
});

describe('untyped instance writes named after a model', () => {
  it("instance-writes-by-name: `transactionsImportRow.update({ ... })` writes that model's row, whatever other model the file works with", async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'instance-writes-by-name', { schema: SCHEMA });
    expect(sites.filter((site) => site.startsWith('server/graphql/'))).toEqual([
      'server/graphql/v2/mutation/OrderMutations.js:4:45 public.Orders.totalAmount write sequelize linkOrder',
      'server/graphql/v2/mutation/OrderMutations.js:4:71 public.Orders.status write sequelize linkOrder',
      // `isDismissed` of the import row, not of the Order the file creates (`OrderId` is the row's only).
      'server/graphql/v2/mutation/OrderMutations.js:7:42 public.TransactionsImportsRows.OrderId write sequelize linkOrder name-match',
      'server/graphql/v2/mutation/OrderMutations.js:7:57 public.Orders.id read sequelize linkOrder',
      'server/graphql/v2/mutation/OrderMutations.js:7:61 public.TransactionsImportsRows.isDismissed write sequelize linkOrder name-match',
      // Not `remoteUser.set({ totalAmount: 0 })` (10:20): a User's row, which has no such column.
    ]);
    expect(diagnostics).toEqual([]);
  });
});
