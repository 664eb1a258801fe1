import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

describe('sequelize writes of keys the model does not declare', () => {
  it('undeclared-writes: create and update drop keys no attribute declares; a VIRTUAL attribute or getterMethods accessor is no column; association keys and where filters stay', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/sequelize/undeclared-writes', import.meta.url));
    const schema = snapshotOf({
      Collectives: ['id', 'name', 'slug', 'data', 'expensePolicy', 'legacyTags', 'legacyTitle', 'createdAt', 'updatedAt'],
      Expenses: ['id', 'description', 'CollectiveId', 'createdAt', 'updatedAt'],
    });
    const { usages, diagnostics } = await scanUsages({ root, schema, cacheDir: false });
    expect(siteLines(usages).filter((site) => !site.startsWith('server/models/'))).toEqual([
      // `create({ name, slug, legacyTags })`: `legacyTags` is no attribute of the model any more, Sequelize drops it.
      'server/lib/collectives.ts:5:37 public.Collectives.name write sequelize createCollective',
      'server/lib/collectives.ts:5:43 public.Collectives.slug write sequelize createCollective',
      // `update({ legacyTags: null }, { where: { legacyTags } })`: the value is dropped, the `where` is sent as written.
      'server/lib/collectives.ts:10:68 public.Collectives.legacyTags filter sequelize clearLegacyTags',
      // Not `collective.expensePolicy` (16:22): the VIRTUAL attribute's getter, not the column.
      // `CollectiveId`: the key `Expense.belongsTo(Collective)` adds to the attributes.
      'server/lib/collectives.ts:21:34 public.Expenses.CollectiveId write sequelize fileExpense',
      'server/lib/collectives.ts:21:48 public.Expenses.description write sequelize fileExpense',
      // Not `collective.legacyTitle` (5:21, 9:24), typed or by name: a getter the model's `getterMethods` define.
      // `slug` has a getter too, over the attribute of that name: still the column.
      'server/lib/titles.js:9:51 public.Collectives.slug read sequelize describe name-match',
      // `fakeCollective({ name, expensePolicy, legacyTags })`: only `name` reaches a column, neither by flow nor by name
      // do the other two.
      'test/collective.test.ts:5:27 public.Collectives.name write flow -',
      'test/test-helpers/fake-data.ts:4:37 public.Collectives.name write sequelize fakeCollective',
      'test/test-helpers/fake-data.ts:4:62 public.Collectives.slug write sequelize fakeCollective',
    ]);
    // The VIRTUAL attribute defines no column.
    expect(siteLines(usages).filter((site) => site.includes('expensePolicy'))).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});
