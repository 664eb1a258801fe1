import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../src/adapters/registry.js';
import { extractFileFacts } from '../src/extract/extract-file-facts.js';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

/** opencollective-api's shape: Sequelize models in JavaScript, a history table copying Collectives, graphql-js and gql. */
const SCHEMA = snapshotOf({
  Collectives: ['id', 'slug', 'name', 'twitterHandle', 'mission', 'longDescription', 'expensePolicy', 'createdAt', 'updatedAt', 'deletedAt'],
  CollectiveHistories: ['id', 'slug', 'name', 'twitterHandle', 'mission', 'longDescription', 'expensePolicy', 'createdAt', 'updatedAt', 'deletedAt', 'hid', 'archivedAt'],
  Orders: ['id', 'CollectiveId', 'processedAt', 'private_message', 'description', 'createdAt', 'updatedAt'],
  Updates: ['id', 'CollectiveId', 'markdown', 'title', 'createdAt', 'updatedAt'],
  Comments: ['id', 'CollectiveId', 'markdown', 'createdAt', 'updatedAt'],
});

async function scan(): Promise<string[]> {
  const root = fileURLToPath(new URL('../fixtures/code/sequelize/untyped-javascript', import.meta.url));
  const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
  expect(diagnostics).toEqual([]);
  return siteLines(usages);
}

describe('the name fallback for untyped JavaScript', () => {
  it('untyped-javascript: reads, writes, keys, destructured names and strings in .js; graphql-js fields and gql documents anywhere; only names distinctive in the schema', async () => {
    const sites = (await scan()).filter((site) => !site.startsWith('server/models/'));
    expect(sites).toEqual([
      // graphql-js: `CollectiveType` is named after the Collective model (`sequelize/graphql-contracts` has the rest),
      // so its resolver's reads of its parent and its default resolvers' fields (`mission` too, one word) read the
      // model's columns; `expensePolicy` is a VIRTUAL attribute of the Collective model (no longer its column).
      'server/graphql/v1/CollectiveType.js:10:29 public.Collectives.twitterHandle read graphql resolve name-match',
      'server/graphql/v1/CollectiveType.js:13:7 public.Collectives.mission read graphql CollectiveType name-match',
      'server/graphql/v1/CollectiveType.js:15:7 public.Collectives.longDescription read graphql CollectiveType name-match',
      // A `/* GraphQL */` document in TypeScript counts; `order.processedAt` there is typed code, not a name.
      'server/graphql/v2/OrderResolvers.ts:4:5 public.Orders.processedAt read graphql orderFields name-match',
      // SDL: `type Order` is the Order model's (by name), so its fields are reads of its columns, one word too.
      'server/graphql/v2/typeDefs.js:5:5 public.Orders.processedAt read graphql typeDefs name-match',
      'server/graphql/v2/typeDefs.js:6:5 public.Orders.description read graphql typeDefs name-match',
      // No model named in the file, but the value is named after the Collective model: its `mission` (one word) and
      // `createdAt` (on every table: generic) are the Collectives' too, as is the compound `twitterHandle`.
      'server/lib/email.js:3:31 public.Collectives.twitterHandle read sequelize collectiveEmailData name-match',
      'server/lib/email.js:3:66 public.Collectives.mission read sequelize collectiveEmailData name-match',
      'server/lib/email.js:3:95 public.Collectives.createdAt read sequelize collectiveEmailData name-match',
      // `item` names no model: only the compound name unique to Collectives (CollectiveHistories copies it) counts.
      'server/lib/email.js:8:25 public.Collectives.twitterHandle read sequelize digestData name-match',
      // An untyped parameter written; `req.body` destructured, through the model's `field:` mapping.
      'server/lib/orders.js:4:9 public.Orders.processedAt write sequelize markProcessed name-match',
      'server/lib/orders.js:9:11 public.Orders.private_message read sequelize createOrder name-match',
      'server/lib/orders.js:9:27 public.Orders.description read sequelize createOrder name-match',
      // What the Sequelize adapter resolves exactly stays exact (no name match beside it).
      'server/lib/orders.js:10:32 public.Orders.private_message write sequelize createOrder',
      'server/lib/orders.js:10:48 public.Orders.description write sequelize createOrder',
      'server/lib/orders.js:10:61 public.Orders.processedAt write sequelize createOrder',
      'server/lib/orders.js:14:42 public.Orders.processedAt order sequelize pendingOrders',
      'server/lib/orders.js:14:76 public.Orders.CollectiveId filter sequelize pendingOrders',
      'server/lib/orders.js:14:105 public.Orders.description filter sequelize pendingOrders',
      // `markdown` is a column of Updates and Comments: the file names Update only. Traps: `privateMessage` (Orders
      // only) on an update in a file that names Update alone counts nothing; `createdAt` on a value named `update` is the
      // Updates' (generic names count only on a value named after a model).
      'server/lib/updates.js:5:25 public.Updates.markdown read sequelize summary name-match',
      'server/lib/updates.js:5:85 public.Updates.createdAt read sequelize summary name-match',
      'server/lib/updates.js:9:43 public.Updates.CollectiveId filter sequelize latest',
      // A test's gql document and its assertion; `slug` (one word, no model named) does not count.
      'test/server/graphql/collective.test.js:7:7 public.Collectives.twitterHandle read graphql collectiveQuery name-match',
      'test/server/graphql/collective.test.js:16:35 public.Collectives.twitterHandle read sequelize - name-match',
      // A TypeScript test counts names too (its rows are loose objects, its results `any`); the file names Order
      // (`models.Order`), so one word (`description`) counts; `CollectiveId` read in a `where` and `createdAt` (generic) do not. The
      // same reads in TypeScript outside tests (`server/lib/orderReport.ts`) count nothing: types say what a value is.
      // `const order = {...}`: its keys are the Orders', generic `CollectiveId` too, as a value named after the model's are.
      'test/server/lib/orders.test.ts:7:31 public.Orders.CollectiveId write sequelize - name-match',
      'test/server/lib/orders.test.ts:7:48 public.Orders.description write sequelize - name-match',
      'test/server/lib/orders.test.ts:7:72 public.Orders.processedAt write sequelize - name-match',
      'test/server/lib/orders.test.ts:9:16 public.Orders.processedAt read sequelize - name-match',
      'test/server/lib/orders.test.ts:10:46 public.Orders.CollectiveId filter sequelize -',
      // Nothing in server/graphql/generated/ (a generated file).
    ]);
  });

  it('reads a 5,000-segment member chain and a 3,000-link chain of string filters in JavaScript, each site once', () => {
    const text = `const config = {};\nexport const deep = config${'.nextLink'.repeat(5_000)};\nexport const many = (v) => knex('Orders')${".where('processedAt', v)".repeat(3_000)};\n`;
    const names = extractFileFacts('server/lib/deep.js', text, ADAPTERS).names?.sites ?? [];
    expect(names.filter((site) => site.name === 'nextLink')).toHaveLength(5_000);
    expect(names.filter((site) => site.name === 'processedAt' && site.access === 'filter')).toHaveLength(3_000);
  });
});
