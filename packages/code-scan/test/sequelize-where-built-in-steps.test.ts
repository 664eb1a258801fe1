import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  Transactions: ['id', 'type', 'amount', 'kind', 'CollectiveId', 'FromCollectiveId', 'UsingGiftCardFromCollectiveId', 'HostCollectiveId', 'createdAt', 'updatedAt'],
  TransactionsImportsRows: ['id', 'TransactionsImportId', 'isDismissed', 'description', 'ExpenseId', 'OrderId', 'createdAt', 'updatedAt'],
});

describe('sequelize conditions built one filter at a time', () => {
  it("where-built-in-steps: what code pushes onto a local `where` (or onto its `[Op.and]`), sets on it (`where.kind = ...`) or merges into it is the finder's filter; so are options kept in a local", async () => {
    const { sites, diagnostics } = await scanFixture('sequelize', 'where-built-in-steps', { schema: SCHEMA });
    expect(sites.filter((site) => !site.startsWith('server/models/'))).toEqual([
      'server/graphql/v2/object/TransactionsImport.ts:6:18 public.TransactionsImportsRows.TransactionsImportId filter sequelize rowsOf',
      // `where[Op.and].push({ isDismissed: true })`, one condition or several.
      'server/graphql/v2/object/TransactionsImport.ts:9:26 public.TransactionsImportsRows.isDismissed filter sequelize rowsOf',
      'server/graphql/v2/object/TransactionsImport.ts:11:26 public.TransactionsImportsRows.ExpenseId filter sequelize rowsOf',
      'server/graphql/v2/object/TransactionsImport.ts:11:47 public.TransactionsImportsRows.OrderId filter sequelize rowsOf',
      'server/graphql/v2/object/TransactionsImport.ts:11:66 public.TransactionsImportsRows.isDismissed filter sequelize rowsOf',
      // The options kept in a local (`const query = { where }`, `query['order'] = [...]`), handed on as `findAndCountAll(query)`.
      'server/graphql/v2/query/ImportRowsQuery.ts:4:28 public.TransactionsImportsRows.TransactionsImportId filter sequelize importRowsOf',
      'server/graphql/v2/query/ImportRowsQuery.ts:6:24 public.TransactionsImportsRows.OrderId order sequelize importRowsOf',
      // `const where = []`, `where.push({ [Op.or]: [...] })`, handed on as `sequelize.and(...where)`; a const list of
      // conditions pushed under `[Op.or]`.
      'server/graphql/v2/query/TransactionsQuery.ts:7:19 public.Transactions.UsingGiftCardFromCollectiveId filter sequelize transactionsOf',
      'server/graphql/v2/query/TransactionsQuery.ts:7:66 public.Transactions.type filter sequelize transactionsOf',
      'server/graphql/v2/query/TransactionsQuery.ts:7:86 public.Transactions.FromCollectiveId filter sequelize transactionsOf',
      'server/graphql/v2/query/TransactionsQuery.ts:11:34 public.Transactions.CollectiveId filter sequelize transactionsOf',
      // Not `lines.push({ description, amount })` (TransactionsQuery.ts:20): a list no finder is given.
      // `var where = {...}` in JavaScript: keys set on it, by name or string, under an operator, merged.
      'server/lib/budget.js:4:17 public.Transactions.HostCollectiveId filter sequelize hostedTransactions',
      'server/lib/budget.js:5:9 public.Transactions.kind filter sequelize hostedTransactions',
      'server/lib/budget.js:6:9 public.Transactions.type filter sequelize hostedTransactions',
      'server/lib/budget.js:7:9 public.Transactions.amount filter sequelize hostedTransactions',
      'server/lib/budget.js:8:9 public.Transactions.amount filter sequelize hostedTransactions',
      'server/lib/budget.js:9:26 public.Transactions.FromCollectiveId filter sequelize hostedTransactions',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
