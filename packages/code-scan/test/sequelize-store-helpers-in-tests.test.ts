import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  Expenses: ['id', 'amount', 'category', 'description', 'status', 'UserId', 'CollectiveId', 'createdAt', 'updatedAt'],
});

describe('rows built by test stores through modules imported whole', () => {
  it("store-helpers-in-tests: a test's literal handed to `store.createApprovedExpense` (a namespace import), then to `expenses.createExpense`, whose `create({ ...pick(expenseData, FIELDS) })` writes it", async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'store-helpers-in-tests', { schema: SCHEMA });
    expect(sites.filter((site) => site.startsWith('test/'))).toEqual([
      // `const user = { id: 1 }` handed to the store as `remoteUser`, whose `remoteUser.id` is written as `UserId`:
      // a const's literal is read as the same literal written in the call would be.
      'test/server/graphql/v1/collective.test.js:5:20 public.Expenses.UserId write flow -',
      'test/server/graphql/v1/collective.test.js:7:7 public.Expenses.category write flow -',
      'test/server/graphql/v1/collective.test.js:8:7 public.Expenses.amount write flow -',
      // Not `collective: { id }`: no column of Expenses.
      // Not `store.newExpense(user, 300)` (11:34): a plain value through a module imported whole is the store's
      // write (`{ amount }`), not the test's.
      'test/stores/index.js:5:26 public.Expenses.status write sequelize createApprovedExpense',
      'test/stores/index.js:10:41 public.Expenses.amount write flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
