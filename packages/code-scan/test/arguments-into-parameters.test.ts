import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_ARGUMENT_HOPS } from '../src/resolve/follow-arguments.js';
import { scanUsages } from '../src/index.js';
import { scanFixture } from './scan-fixture.js';
import { SHOP_SCHEMA, siteLines, snapshotOf } from './snapshot-of.js';

describe('columns used through function arguments', () => {
  it('factory-arguments: an Objection factory inserting its parameter, tests calling it with literals, a factory handing on to another', async () => {
    const { sites, diagnostics } = await scanFixture('objection', 'factory-arguments');
    expect(sites.filter((site) => site.startsWith('test/'))).toEqual([
      // `params.email = params?.email || ...` in the factory: the parameter is the row inserted, so setting its field
      // writes the column (a flow, no longer a name guess); the read beside it is still named only.
      'test/factories/customer.js:5:10 public.customers.email write flow -',
      'test/factories/customer.js:5:26 public.customers.email read objection createCustomer name-match',
      'test/factories/order.js:10:10 public.orders.customer_id write flow -',
      'test/factories/order.js:10:30 public.orders.customer_id read objection createOrder name-match',
      // `(await createCustomer()).id`: the row the other factory returns (`Customer.query().insertAndFetch(params)`).
      'test/factories/order.js:10:69 public.customers.id read objection createOrder',
      // `const params = { email, fullName }; createCustomer(params)` (opencollective-api's ConnectedAccount.test.js):
      // the const's literal is handed as if written in the call. Traps: `receipt` goes to orders, whose `email` is
      // its own; `logged` is handed to no factory (line 14).
      'test/models/customer-locals.test.js:8:22 public.customers.email write flow -',
      'test/models/customer-locals.test.js:8:48 public.customers.full_name write flow -',
      'test/models/customer-locals.test.js:11:23 public.orders.email write flow -',
      // `createCustomer({ email, fullName })` into `Customer.query().insertAndFetch(params)`.
      'test/models/customer.test.js:10:45 public.customers.email write flow -',
      'test/models/customer.test.js:10:71 public.customers.full_name write flow -',
      // `createOrder(params)` -> `insertOrder(row)` -> `Order.query().insert(row)`: two factories deep.
      'test/models/customer.test.js:11:25 public.orders.customer_id write flow -',
      // `customer.id` of `const customer = await createCustomer(...)`: the row the factory returns.
      'test/models/customer.test.js:11:46 public.customers.id read objection -',
      'test/models/customer.test.js:11:50 public.orders.total_cents write flow -',
      // Trap: `createReceipt` inserts into orders, whose `email` is its own column: not customers.email.
      'test/models/customer.test.js:12:27 public.orders.email write flow -',
      // Trap: `expectMail({ email })` reaches no table (line 13): nothing.
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('factory-arguments: each usage says how it was reached', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/objection/factory-arguments', import.meta.url));
    const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
    const total = usages.find((usage) => usage.location.file === 'test/models/customer.test.js' && usage.column.column === 'total_cents');
    expect(total?.via?.map((hop) => `${hop.file}:${hop.line} ${hop.step}`)).toEqual([
      'test/models/customer.test.js:11 argument of parameter 0 of createOrder() .totalCents',
      'test/factories/order.js:11 parameter 0 of insertOrder()',
      'test/factories/order.js:6 write a row of orders',
    ]);
  });

  it('dto-arguments: a DTO handed whole to prisma.create, a method taking a column, a value passed down to the helper that writes it', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'dto-arguments');
    expect(sites.filter((site) => site.startsWith('src/'))).toEqual([
      'src/customers/customer.service.ts:4:3 public.customers.email definition prisma CreateCustomerInput.email name-match',
      'src/customers/customer.service.ts:5:3 public.customers.full_name definition prisma CreateCustomerInput.fullName name-match',
      // `data: input`, `input: CreateCustomerInput`: the properties the DTO declares are the columns written there.
      'src/customers/customer.service.ts:10:41 public.customers.email write flow -',
      'src/customers/customer.service.ts:10:41 public.customers.full_name write flow -',
      // `changeEmail(customer.id, ...)`: the created row's `id` taken whole by the parameter of its name.
      'src/customers/customer.service.ts:15:21 public.customers.id read flow CustomerService.changeEmail',
      'src/customers/customer.service.ts:16:46 public.customers.id filter prisma CustomerService.changeEmail',
      'src/customers/customer.service.ts:16:60 public.customers.email write prisma CustomerService.changeEmail',
      // `createCustomer({ email, fullName: name })` into `prisma.customer.create({ data: input })`.
      'src/customers/signup.ts:7:45 public.customers.email write flow -',
      'src/customers/signup.ts:7:52 public.customers.full_name write flow -',
      // `this.customers.changeEmail(customer.id, email)`: the method of the field's type, each argument its column.
      'src/customers/signup.ts:8:38 public.customers.id filter flow -',
      // `customer.id` of `await createCustomer(...)`, which returns `prisma.customer.create(...)`.
      'src/customers/signup.ts:8:47 public.customers.id read prisma SignupController.signup',
      'src/customers/signup.ts:8:51 public.customers.email write flow -',
      // `recordOrder(receipt, amount)`: the storage plugin passes its own parameters to the helper that writes them.
      'src/storage/local.ts:5:24 public.orders.email write flow -',
      'src/storage/local.ts:5:33 public.orders.total_cents write flow -',
      'src/storage/utils.ts:5:40 public.orders.email write prisma recordOrder',
      'src/storage/utils.ts:5:47 public.orders.total_cents write prisma recordOrder',
      // Traps in src/audit/notify.ts: `notify('ada@...', 'Ada')` and `log({ email })` reach no table: nothing.
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('repository-arguments: raw SQL whose placeholders are a repository function\'s parameters, and the callers passing them', async () => {
    const { sites, diagnostics } = await scanFixture('raw-sql', 'repository-arguments');
    expect(sites.filter((site) => site.startsWith('src/sync/'))).toEqual([
      // `lastExport(customerId)`: `[customerId]` is `$1` of `WHERE customer_id = $1`.
      'src/sync/sync-customers.ts:5:37 public.customer_exports.customer_id filter flow -',
      // Trap: `receiptsTo(email)` filters orders.email, not customers.email.
      'src/sync/sync-customers.ts:6:20 public.orders.email filter flow -',
      // `markExported(qx, customerId, new Date())`: `{ customerId, exportedAt }` for `$(customerId)`, `$(exportedAt)`.
      'src/sync/sync-customers.ts:7:41 public.customer_exports.customer_id write flow -',
      'src/sync/sync-customers.ts:7:53 public.customer_exports.exported_at write flow -',
      // `insertExport(qx, { customerId, exportedAt })` into `qx.result(sql, row)`: the row's keys are the placeholders' names.
      'src/sync/sync-customers.ts:8:28 public.customer_exports.customer_id write flow -',
      'src/sync/sync-customers.ts:8:40 public.customer_exports.exported_at write flow -',
    ]);
    // The values passed for the placeholders are no usages of their own: the statement names the columns.
    expect(sites.filter((site) => site.startsWith('src/repo/exports.repo.ts:14:') || site.startsWith('src/repo/exports.repo.ts:19:10'))).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('static-arguments: a service handing its DTO to a static the Sequelize model file assigns (User.createUserWithCollective = ...)', async () => {
    const root = fileURLToPath(new URL('../fixtures/code/sequelize/static-arguments', import.meta.url));
    const schema = snapshotOf({ Users: ['id', 'email', 'firstName', 'lastName', 'createdAt', 'updatedAt'] });
    const { usages, diagnostics } = await scanUsages({ root, schema, cacheDir: false });
    expect(siteLines(usages).filter((site) => site.startsWith('server/graphql/'))).toEqual([
      // `createUser({ ... })` -> `models.User.createUserWithCollective(userData)` -> `User.create(pick(userData, [...]))`.
      'server/graphql/v2/ExpenseMutations.ts:4:23 public.Users.email write flow -',
      'server/graphql/v2/ExpenseMutations.ts:4:43 public.Users.firstName write flow -',
      'server/graphql/v2/ExpenseMutations.ts:4:66 public.Users.lastName write flow -',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('costs linear time: a chain of 200 helpers is followed a bounded number of hops, a file of 3,000 calls is read whole', async () => {
    const root = await mkdtemp(join(tmpdir(), 'code-scan-arguments-'));
    try {
      await cp(fileURLToPath(new URL('../fixtures/code/prisma/dto-arguments', import.meta.url)), root, { recursive: true });
      const helpers = Array.from({ length: 200 }, (_, i) =>
        i === 0 ? `export function h0(email: string) {\n  return prisma.customer.create({ data: { email } });\n}` : `export function h${i}(email: string) {\n  return h${i - 1}(email);\n}`,
      );
      await writeFile(join(root, 'src/chain.ts'), `import { prisma } from './db';\n${helpers.join('\n')}\n`);
      const calls = Array.from({ length: 3_000 }, (_, i) => `  createCustomer({ email: 'c${i}@example.com', fullName: 'C ${i}' });`);
      await writeFile(join(root, 'src/wide.ts'), `import { createCustomer } from './customers/customer.service';\nexport function seed() {\n${calls.join('\n')}\n}\n`);
      const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
      // `h${i - 1}(email)` on line 3i + 3: one edge a helper, so helpers 1 to MAX_ARGUMENT_HOPS are reached from h0.
      const chained = usages.filter((usage) => usage.location.file === 'src/chain.ts' && usage.adapter === 'flow').map((usage) => usage.location.line);
      expect(chained.length).toBe(MAX_ARGUMENT_HOPS);
      expect(Math.max(...chained)).toBe(3 * MAX_ARGUMENT_HOPS + 3);
      const wide = usages.filter((usage) => usage.location.file === 'src/wide.ts');
      expect(wide.length).toBe(6_000);
      expect(new Set(wide.map((usage) => usage.column.column))).toEqual(new Set(['email', 'full_name']));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});

