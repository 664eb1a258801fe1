import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/workspaces/cross-package-arguments', import.meta.url));

const SCHEMA = snapshotOf({
  _nango_accounts: ['id', 'name', 'is_capped'],
  getting_started_progress: ['id', 'user_id', 'step', 'closed'],
  plans: ['id', 'account_id', 'is_capped'],
});

describe('values handed to a function of another workspace package', () => {
  it("cross-package-arguments: the arguments of @nangohq/shared's functions called from @nangohq/server are the columns its own fold binds their parameters to", async () => {
    const services = await discoverServices(root);
    const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false, services });
    expect(siteLines(usages).filter((line) => line.startsWith('packages/server/'))).toEqual([
      // `accountService.editCustomer(db, is_capped, accountId)`: a method of the class of an instance the package exports.
      'packages/server/lib/controllers/account.controller.ts:7:43 public._nango_accounts.is_capped write flow -',
      'packages/server/lib/controllers/account.controller.ts:7:54 public._nango_accounts.id filter flow -',
      // `capPlan(db, is_capped, accountId)`: the same names, another table (`plans`). `editRemoteCustomer` of
      // `billing-sdk` (line 9) is no package of the workspace: nothing.
      'packages/server/lib/controllers/account.controller.ts:8:23 public.plans.is_capped write flow -',
      'packages/server/lib/controllers/account.controller.ts:8:34 public.plans.account_id filter flow -',
      // `gettingStartedService.updateClosed(db, user.id, closed)` of `export * as gettingStartedService`; not
      // `billClient.updateClosed(closed)` (line 7), a function of the same name in another namespace whose parameter
      // reaches no table, nor `logProgress(step)` (line 6), which only logs it.
      'packages/server/lib/controllers/getting-started.controller.ts:5:50 public.getting_started_progress.user_id filter flow -',
      'packages/server/lib/controllers/getting-started.controller.ts:5:59 public.getting_started_progress.closed write flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('cross-package-arguments: each usage names the call and the hops inside the other package', async () => {
    const services = await discoverServices(root);
    const { usages } = await scanUsages({ root, schema: SCHEMA, cacheDir: false, services });
    const closed = usages.find((usage) => usage.location.file.startsWith('packages/server/') && usage.column.column === 'closed');
    expect(closed?.via?.map((hop) => `${hop.file}:${hop.line} ${hop.step}`)).toEqual([
      'packages/server/lib/controllers/getting-started.controller.ts:5 argument of parameter 2 of pkg:@nangohq/shared:gettingStartedService.updateClosed()',
      'packages/shared/lib/services/getting-started.service.ts:4 write public.getting_started_progress.closed',
    ]);
  });
});
