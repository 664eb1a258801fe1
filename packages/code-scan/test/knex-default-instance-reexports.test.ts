import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  'nango._nango_accounts': ['id', 'is_capped'],
  'nango._nango_users': ['id', 'is_capped'],
});

describe("a package's index re-exporting a module's default instance by name", () => {
  it('default-instance-reexports: a call of another package through the re-exported name binds the column its method writes', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'default-instance-reexports', { schema: SCHEMA });
    expect(sites.filter((site) => site.startsWith('packages/server/'))).toEqual([
      // `import accountService from './services/account.service.js'; export { accountService }`.
      'packages/server/lib/controllers/account.controller.ts:7:43 nango._nango_accounts.is_capped write flow -',
      'packages/server/lib/controllers/account.controller.ts:7:54 nango._nango_accounts.id filter flow -',
      // `export { default as userService } from './services/user.service.js'`: the other table's columns only.
      'packages/server/lib/controllers/account.controller.ts:15:40 nango._nango_users.is_capped write flow -',
      'packages/server/lib/controllers/account.controller.ts:15:48 nango._nango_users.id filter flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
