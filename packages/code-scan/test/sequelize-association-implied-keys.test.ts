import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  Groups: ['id', 'name', 'createdAt', 'updatedAt'],
  Subscriptions: ['id', 'amount', 'interval', 'createdAt', 'updatedAt'],
  Transactions: ['id', 'amount', 'description', 'SubscriptionId', 'GroupId', 'createdAt', 'updatedAt'],
});

describe('sequelize association keys no option names', () => {
  it('association-implied-keys: a bare belongsTo keys on the target name, hasMany on the source name', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/sequelize/association-implied-keys', import.meta.url));
    const { usages } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
    expect(siteLines(usages).filter((site) => site.startsWith('app/models/index.js'))).toEqual([
      'app/models/index.js:19:27 public.Transactions.SubscriptionId read sequelize -',
      'app/models/index.js:20:3 public.Transactions.SubscriptionId read sequelize -',
      'app/models/index.js:23:3 public.Transactions.GroupId read sequelize -',
      'app/models/index.js:24:27 public.Transactions.GroupId read sequelize -',
    ]);
  });
});
