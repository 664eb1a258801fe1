import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

/** opencollective-api's 2016 shape: Sequelize 3 models in JavaScript, fixtures in `test/mocks/data.js`, chai assertions. */
const SCHEMA = snapshotOf({
  Users: ['id', 'name', 'email', 'createdAt', 'updatedAt'],
  Groups: ['id', 'name', 'mission', 'createdAt', 'updatedAt'],
  Tiers: ['id', 'name', 'quantity', 'createdAt', 'updatedAt'],
  Transactions: ['id', 'amount', 'currency', 'link', 'length', 'createdAt', 'updatedAt'],
  Subscriptions: ['id', 'amount', 'interval', 'createdAt', 'updatedAt'],
  Orders: ['id', 'total', 'createdAt', 'updatedAt'],
});

async function scan(): Promise<string[]> {
  const root = fileURLToPath(new URL('../fixtures/code/sequelize/rows-held-by-name', import.meta.url));
  const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
  expect(diagnostics).toEqual([]);
  return siteLines(usages).filter((site) => site.startsWith('test/'));
}

describe('rows held by a name', () => {
  it("rows-held-by-name: an object held by a key or a value named after a model (`user1: {...}`, `transactions: [{...}]`, `const transaction = {...}`) and a value asserted to have a property hold that model's columns, one word too", async () => {
    expect(await scan()).toEqual([
      // `expect(subscription)...property('amount')`: the asserted value names the Subscription model (the file's
      // Subscription would not choose between Transactions and Subscriptions for `amount` elsewhere).
      'test/donations.routes.test.js:8:43 public.Subscriptions.amount read sequelize - name-match',
      'test/donations.routes.test.js:9:51 public.Subscriptions.interval read sequelize - name-match',
      // A local named `transaction`: its keys and the assertion on it are the Transactions' (`currency` is theirs only).
      'test/donations.routes.test.js:10:27 public.Transactions.amount write sequelize - name-match',
      'test/donations.routes.test.js:10:40 public.Transactions.currency write sequelize - name-match',
      'test/donations.routes.test.js:11:42 public.Transactions.amount read sequelize - name-match',
      // Not `test/user-label.test.ts`: its `user` states its type (`const user: ResponseUser = {...}`,
      // `(user: ResponseUser) => user.email`), whatever its name says (formbricks' `TResponseContact` in tests), and
      // `transactions: [{ amount }]` inside `new Report({...})` is typed by the constructor's parameter.
      // The fixtures: `name` is a column of three tables, `quantity`, `mission` and `amount` one word each; the
      // key that holds the row says whose. `query` and `order` hold no row: `interval` and `total` there count nothing.
      'test/mocks/data.js:4:5 public.Users.name write sequelize - name-match',
      'test/mocks/data.js:5:5 public.Users.email write sequelize - name-match',
      'test/mocks/data.js:8:5 public.Groups.name write sequelize - name-match',
      'test/mocks/data.js:9:5 public.Groups.mission write sequelize - name-match',
      'test/mocks/data.js:10:15 public.Tiers.name write sequelize - name-match',
      'test/mocks/data.js:10:31 public.Tiers.quantity write sequelize - name-match',
      'test/mocks/data.js:14:9 public.Transactions.amount write sequelize - name-match',
      'test/mocks/data.js:14:25 public.Transactions.currency write sequelize - name-match',
      'test/mocks/data.js:15:9 public.Transactions.amount write sequelize - name-match',
      'test/mocks/data.js:15:25 public.Transactions.currency write sequelize - name-match',
    ]);
  });
});
