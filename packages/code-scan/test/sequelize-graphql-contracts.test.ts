import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

/** opencollective-api's shape: Sequelize models, graphql-js object and input types in TypeScript and JavaScript. */
const SCHEMA = snapshotOf({
  ExpenseAttachedFiles: ['id', 'ExpenseId', 'url', 'name', 'caption', 'CreatedByUserId', 'createdAt', 'updatedAt'],
  Users: ['id', 'email', 'firstName', 'lastName', 'billingAddress', 'createdAt', 'updatedAt'],
  Tiers: ['id', 'name', 'amount', 'createdAt', 'updatedAt'],
  TransactionsImports: ['id', 'source', 'createdAt', 'updatedAt'],
  TransactionsImportsRows: ['id', 'TransactionsImportId', 'isDismissed', 'createdAt', 'updatedAt'],
});

async function scan(): Promise<string[]> {
  const root = fileURLToPath(new URL('../fixtures/code/sequelize/graphql-contracts', import.meta.url));
  const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
  expect(diagnostics).toEqual([]);
  return siteLines(usages).filter((site) => site.startsWith('server/graphql/'));
}

describe('graphql-js types as contracts of the model behind them', () => {
  it('graphql-contracts: default resolvers and resolvers reading their parent are reads of the model a type is decided to be (by flow, else by name)', async () => {
    expect(await scan()).toEqual([
      // `UserDetails` (const `UserType`) mirrors User by name: its resolvers' parent reads, plain and destructured.
      // `firstName` (`resolve() { return null }`) reads nothing. Trap: `Tier` has no `billingAddress` column, so the
      // name unique to Users counts nothing there; `amount` comes from a loader, not the parent. The configs' own keys
      // (`name: 'Tier'`) are no columns. `TransactionInterface.js`: names that disagree decide nothing.
      // `queries.js` returns Users and Tiers rows as UserType: the name decides among them.
      'server/graphql/v1/queries.js:19:45 public.Tiers.id filter sequelize resolve',
      'server/graphql/v1/types.js:10:23 public.Users.billingAddress read graphql resolve name-match',
      'server/graphql/v1/types.js:23:19 public.Users.lastName read graphql resolve name-match',
      'server/graphql/v1/types.js:27:7 public.Users.email read graphql UserType name-match',
      'server/graphql/v1/types.js:36:5 public.Tiers.name read graphql TierType name-match',
      // Decided by flow: `addAttachment` writes `args.attachment` with `models.ExpenseAttachedFile.create`; every field
      // is a column, a write (exact, no name-match).
      'server/graphql/v2/input/AttachmentInput.ts:7:5 public.ExpenseAttachedFiles.name write graphql AttachmentInput',
      'server/graphql/v2/input/AttachmentInput.ts:8:5 public.ExpenseAttachedFiles.url write graphql AttachmentInput',
      'server/graphql/v2/input/AttachmentInput.ts:9:5 public.ExpenseAttachedFiles.caption write graphql AttachmentInput',
      'server/graphql/v2/mutation/AttachmentMutations.ts:16:82 public.ExpenseAttachedFiles.ExpenseId write sequelize resolve',
      'server/graphql/v2/mutation/AttachmentMutations.ts:16:109 public.ExpenseAttachedFiles.CreatedByUserId write sequelize resolve',
      // Decided by name: the type `ExpenseAttachedFile` for the model of that name; `id` has its own resolver.
      'server/graphql/v2/object/ExpenseAttachedFile.ts:15:5 public.ExpenseAttachedFiles.url read graphql ExpenseAttachedFile name-match',
      'server/graphql/v2/object/ExpenseAttachedFile.ts:18:5 public.ExpenseAttachedFiles.name read graphql ExpenseAttachedFile name-match',
      // `TransactionsImportRow` is the model of that name (table `TransactionsImportsRows`), not a row of TransactionsImport.
      'server/graphql/v2/object/TransactionsImportRow.ts:7:5 public.TransactionsImportsRows.isDismissed read graphql GraphQLTransactionsImportRow name-match',
      // Decided by flow: `AttachedFilesQuery` returns `models.ExpenseAttachedFile.findAll(...)` as a list of it.
      'server/graphql/v2/object/UploadedDocument.ts:7:5 public.ExpenseAttachedFiles.name read graphql UploadedDocument',
      'server/graphql/v2/object/UploadedDocument.ts:11:25 public.ExpenseAttachedFiles.name read graphql resolve',
      'server/graphql/v2/query/AttachedFilesQuery.ts:14:58 public.ExpenseAttachedFiles.ExpenseId filter sequelize resolve',
      // SDL: `type User`'s fields are Users' columns; the same name under `type Tier` is none of Tiers'.
      'server/graphql/v2/typeDefs.ts:6:5 public.Users.billingAddress read graphql typeDefs name-match',
      'server/graphql/v2/typeDefs.ts:7:5 public.Users.email read graphql typeDefs name-match',
    ]);
  });
});
