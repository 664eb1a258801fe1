import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanUsages } from '../src/index.js';
import { siteLines, snapshotOf } from './snapshot-of.js';

/** automatisch's shape: Objection models in JavaScript; `key` is a column of three of the four tables (generic). */
const SCHEMA = snapshotOf({
  roles: ['id', 'key', 'name', 'is_admin', 'created_at', 'updated_at'],
  users: ['id', 'email', 'full_name', 'role_id', 'created_at', 'updated_at'],
  config: ['id', 'key', 'value', 'created_at', 'updated_at'],
  steps: ['id', 'key', 'app_key', 'created_at', 'updated_at'],
});

async function scan(): Promise<string[]> {
  const root = fileURLToPath(new URL('../fixtures/code/objection/response-mocks', import.meta.url));
  const { usages, diagnostics } = await scanUsages({ root, schema: SCHEMA, cacheDir: false });
  expect(diagnostics).toEqual([]);
  return siteLines(usages).filter((site) => site.startsWith('test/'));
}

describe('values named after a model', () => {
  it("response-mocks: a test's row parameter named after its model (`role.key`, `logoConfig.value`) reads that model's columns, one word or generic alike", async () => {
    expect(await scan()).toEqual([
      // `role` names the Role model: its `key` (a column of three tables: generic), `name`, `isAdmin` and `createdAt`
      // are the roles table's (`id` is too short to be a name; the key `isAdmin:` is compound and roles' only);
      // `permission.action` names a model the service does not have: nothing.
      'test/mocks/rest/api/v1/admin/roles/get-role.ee.js:5:15 public.roles.key read objection getRoleMock name-match',
      'test/mocks/rest/api/v1/admin/roles/get-role.ee.js:6:16 public.roles.name read objection getRoleMock name-match',
      'test/mocks/rest/api/v1/admin/roles/get-role.ee.js:7:5 public.roles.is_admin write objection getRoleMock name-match',
      'test/mocks/rest/api/v1/admin/roles/get-role.ee.js:7:19 public.roles.is_admin read objection getRoleMock name-match',
      'test/mocks/rest/api/v1/admin/roles/get-role.ee.js:8:21 public.roles.created_at read objection getRoleMock name-match',
      // The same in a `roles.map((role) => ...)` callback.
      'test/mocks/rest/api/v1/admin/roles/get-roles.ee.js:5:17 public.roles.key read objection getRolesMock name-match',
      'test/mocks/rest/api/v1/admin/roles/get-roles.ee.js:6:18 public.roles.name read objection getRolesMock name-match',
      // Two rows in one mock, each value its own model's; the key `fullName` (compound, users only) as before.
      'test/mocks/rest/api/v1/admin/users/update-user.js:5:19 public.users.email read objection updateUserMock name-match',
      'test/mocks/rest/api/v1/admin/users/update-user.js:6:7 public.users.full_name write objection updateUserMock name-match',
      'test/mocks/rest/api/v1/admin/users/update-user.js:6:22 public.users.full_name read objection updateUserMock name-match',
      // The keys of the object held by `role:` are the roles' too.
      'test/mocks/rest/api/v1/admin/users/update-user.js:9:9 public.roles.key write objection updateUserMock name-match',
      'test/mocks/rest/api/v1/admin/users/update-user.js:9:19 public.roles.key read objection updateUserMock name-match',
      'test/mocks/rest/api/v1/admin/users/update-user.js:10:9 public.roles.name write objection updateUserMock name-match',
      'test/mocks/rest/api/v1/admin/users/update-user.js:10:20 public.roles.name read objection updateUserMock name-match',
      // `logoConfig` and `titleConfig` end in the Config model's name.
      'test/mocks/rest/api/v1/automatisch/config.js:5:34 public.config.value read objection infoMock name-match',
      'test/mocks/rest/api/v1/automatisch/config.js:6:26 public.config.value read objection infoMock name-match',
      // Traps (info.js): `appConfig.baseUrl`, `user.value` (before: config.value, the file names Config) and
      // `response.body.data.key` count nothing.
    ]);
  });
});
