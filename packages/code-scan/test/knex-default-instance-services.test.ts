import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';
import { snapshotOf } from './snapshot-of.js';

const SCHEMA = snapshotOf({
  'nango._nango_accounts': ['id', 'email', 'secret_key'],
  'nango._nango_users': ['id', 'email', 'account_id'],
});

describe("a module's default export holding an instance of its class", () => {
  it('default-instance-services: a call through the imported name runs the class method, whose parameter binds the column at the argument', async () => {
    const { sites, diagnostics } = await scanFixture('knex', 'default-instance-services', { schema: SCHEMA });
    expect(sites.filter((site) => site.startsWith('lib/controllers/'))).toEqual([
      // `accountService.getAccountByEmail(email)`, `accountService.createAccount(email)`: `export default new AccountService()`.
      'lib/controllers/account.controller.ts:9:53 nango._nango_accounts.email filter flow -',
      'lib/controllers/account.controller.ts:13:60 nango._nango_accounts.email write flow -',
      // `export default userService` of `const userService = new UserService()`: the other table's column, only.
      'lib/controllers/account.controller.ts:21:55 nango._nango_users.email filter flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
