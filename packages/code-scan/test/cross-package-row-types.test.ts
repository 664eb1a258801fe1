import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverServices, scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

const root = fileURLToPath(new URL('../fixtures/workspaces/cross-package-row-types', import.meta.url));

describe('row types across workspace packages', () => {
  it('a row interface of @acme/types, tied to customers by @acme/store, is that table\'s row in @acme/web too', async () => {
    const services = await discoverServices(root);
    const { usages, diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(siteLines(usages)).toEqual([
      'packages/store/src/accounts.ts:5:50 public.customers.id filter knex getAccount',
      // The interface's fields that are columns define them, in the package that declares it.
      'packages/types/src/rows.ts:3:3 public.customers.id definition knex DBAccount.id',
      'packages/types/src/rows.ts:4:3 public.customers.email definition knex DBAccount.email',
      'packages/types/src/rows.ts:5:3 public.customers.full_name definition knex DBAccount.full_name',
      // Read through the imported type (under a local alias) and through the store's function result; `audit.email`
      // (DBAudit, tied to no table) and `contact.email` (a local shape) are not.
      'packages/web/src/greeting.ts:4:21 public.customers.full_name read knex greet',
      'packages/web/src/greeting.ts:4:43 public.customers.email read knex greet',
      // `getAccount(db, id)`: the argument reaches the store's `where({ id })` (`test/cross-package-arguments.test.ts`).
      'packages/web/src/profile.ts:10:40 public.customers.id filter flow -',
      'packages/web/src/profile.ts:11:22 public.customers.full_name read knex profile',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('a stored result of @acme/web is not reused when @acme/store ties the type to another table', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'ripple-xpkg-'));
    try {
      cpSync(root, copy, { recursive: true });
      const cacheDir = join(copy, '.cache');
      const services = await discoverServices(copy);
      const webLines = async (): Promise<string[]> => siteLines((await scanUsages({ root: copy, schema: SHOP_SCHEMA, cacheDir, services })).usages).filter((line) => line.startsWith('packages/web/'));
      expect(await webLines()).toEqual([
        'packages/web/src/greeting.ts:4:21 public.customers.full_name read knex greet',
        'packages/web/src/greeting.ts:4:43 public.customers.email read knex greet',
        'packages/web/src/profile.ts:10:40 public.customers.id filter flow -',
        'packages/web/src/profile.ts:11:22 public.customers.full_name read knex profile',
      ]);
      const store = join(copy, 'packages/store/src/accounts.ts');
      writeFileSync(store, readFileSync(store, 'utf8').replace("from<DBAccount>('customers')", "from<DBAccount>('orders')"));
      // Web's files are unchanged; its result follows the store's call (a row's key names its table's column, as a
      // builder's string does, even one the schema lacks).
      expect(await webLines()).toEqual([
        'packages/web/src/greeting.ts:4:21 public.orders.full_name read knex greet',
        'packages/web/src/greeting.ts:4:43 public.orders.email read knex greet',
        // ... and so does the argument the store's function now filters `orders` with.
        'packages/web/src/profile.ts:10:40 public.orders.id filter flow -',
        'packages/web/src/profile.ts:11:22 public.orders.full_name read knex profile',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('row types across tsconfig path aliases', () => {
  it('libs/common, imported as @acme/common/rows, is tied by apps/api and read in apps/worker', async () => {
    const aliased = fileURLToPath(new URL('../fixtures/workspaces/cross-package-path-aliases', import.meta.url));
    const services = await discoverServices(aliased);
    const { usages, diagnostics } = await scanUsages({ root: aliased, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(siteLines(usages)).toEqual([
      'apps/api/src/accounts.ts:5:45 public.customers.id filter knex findAccount',
      'apps/worker/src/notify.ts:4:19 public.customers.email read knex recipients',
      'libs/common/src/lib/rows.ts:2:3 public.customers.id definition knex DBAccount.id',
      'libs/common/src/lib/rows.ts:3:3 public.customers.email definition knex DBAccount.email',
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('drizzle tables and query functions across workspace packages', () => {
  it('apps/web reads rows of @acme/server tables and of its functions; the copy of the table that has the column maps it', async () => {
    const drizzle = fileURLToPath(new URL('../fixtures/workspaces/cross-package-drizzle', import.meta.url));
    const services = await discoverServices(drizzle);
    const { usages } = await scanUsages({ root: drizzle, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(siteLines(usages)).toEqual([
      // `customers` imported from a subpath of @acme/server; the row of `db.query.customers`, then of the imported
      // function's result: columns the generated copy (read first) lacks, mapped by the schema's copy.
      'apps/web/src/router.ts:11:72 public.customers.id filter drizzle rename',
      'apps/web/src/router.ts:12:11 public.customers.full_name read drizzle rename',
      // `findCustomerById(id)` of @acme/server: its parameter is the filter `eq(customers.id, id)`.
      'apps/web/src/router.ts:13:40 public.customers.id filter flow -',
      'apps/web/src/router.ts:14:17 public.customers.created_at read drizzle rename',
      'packages/server/auth-schema.ts:5:3 public.customers.id definition drizzle customers.id',
      'packages/server/auth-schema.ts:6:3 public.customers.email definition drizzle customers.email',
      'packages/server/src/db/schema/customers.ts:4:3 public.customers.id definition drizzle customers.id',
      'packages/server/src/db/schema/customers.ts:5:3 public.customers.email definition drizzle customers.email',
      'packages/server/src/db/schema/customers.ts:6:3 public.customers.full_name definition drizzle customers.fullName',
      'packages/server/src/db/schema/customers.ts:7:3 public.customers.created_at definition drizzle customers.createdAt',
      'packages/server/src/services/customers.ts:6:77 public.customers.id filter drizzle findCustomerById',
    ]);
  });
});

describe('a DTO of another package that mirrors a model', () => {
  it("apps/web's literal typed with @acme/common's class-validator DTO writes the Customer columns it names", async () => {
    const root = fileURLToPath(new URL('../fixtures/workspaces/cross-package-dto-mirror', import.meta.url));
    const services = await discoverServices(root);
    const { usages, diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(siteLines(usages)).toEqual([
      'apps/web/src/customer-form.ts:9:5 public.customers.email write prisma toCreateCustomerDto name-match',
      'apps/web/src/customer-form.ts:10:5 public.customers.full_name write prisma toCreateCustomerDto name-match',
      'libs/common/src/lib/dtos/create-customer.dto.ts:7:3 public.customers.email definition prisma CreateCustomerDto.email name-match',
      'libs/common/src/lib/dtos/create-customer.dto.ts:15:3 public.customers.full_name definition prisma CreateCustomerDto.fullName name-match',
      'prisma/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('Prisma models re-exported by a workspace package', () => {
  it("zod schemas of `models` tied by schemaForType<T>() to types imported from `db` (which re-exports Prisma's client) define the models' columns", async () => {
    const reexport = fileURLToPath(new URL('../fixtures/workspaces/cross-package-prisma-reexport', import.meta.url));
    const services = await discoverServices(reexport);
    const { usages, diagnostics } = await scanUsages({ root: reexport, schema: SHOP_SCHEMA, cacheDir: false, services });
    // Exact, not name matches: the imported type is the model. `contactFormSchema`'s `email` is tied to no model.
    expect(siteLines(usages).filter((line) => line.startsWith('packages/models/'))).toEqual([
      'packages/models/features/customer.ts:7:5 public.customers.id definition prisma customerSchema',
      'packages/models/features/customer.ts:8:5 public.customers.email definition prisma customerSchema',
      'packages/models/features/customer.ts:9:5 public.customers.full_name definition prisma customerSchema',
      'packages/models/features/customer.ts:10:5 public.customers.created_at definition prisma customerSchema',
      'packages/models/features/order.ts:7:5 public.orders.id definition prisma orderSchema',
      'packages/models/features/order.ts:8:5 public.orders.customer_id definition prisma orderSchema',
      'packages/models/features/order.ts:9:5 public.orders.total_cents definition prisma orderSchema',
      'packages/models/features/order.ts:10:5 public.orders.email definition prisma orderSchema',
      'packages/models/features/order.ts:11:5 public.orders.created_at definition prisma orderSchema',
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('GraphQL code-first models named like the Prisma models of another package (amplication)', () => {
  it('declare the model\'s fields by name: the class named as the model, and the input named after it; not a class of no model', async () => {
    const root = fileURLToPath(new URL('../fixtures/workspaces/prisma-graphql-models', import.meta.url));
    const services = await discoverServices(root);
    const { usages, diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(diagnostics.filter((diagnostic) => diagnostic.code.startsWith('code/prisma')).map((diagnostic) => diagnostic.message)).toEqual([
      "packages/server/src/schema-import/templates/crm.prisma: not service @shop/server's Prisma schema (its client is generated from packages/prisma-db/prisma/schema.prisma); its models are not read",
    ]);
    // The client a generator writes into the server at build time is no missing file; a file no generator writes is.
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'code/unresolved-import').map((diagnostic) => diagnostic.message)).toEqual([
      "packages/server/src/prisma/seed.ts:4: cannot find module '../../prisma/seed-data' (no such file in the service; TypeScript: TS2307); what it exports is not followed",
    ]);
    expect(siteLines(usages).filter((line) => line.includes('/models/') || line.includes('/dto/'))).toEqual([
      'packages/server/src/customers/dto/CustomerCreateInput.ts:6:3 public.customers.email definition prisma CustomerCreateInput.email name-match',
      'packages/server/src/customers/dto/CustomerCreateInput.ts:9:3 public.customers.full_name definition prisma CustomerCreateInput.fullName name-match',
      'packages/server/src/models/Customer.ts:7:3 public.customers.id definition prisma Customer.id name-match',
      'packages/server/src/models/Customer.ts:10:3 public.customers.email definition prisma Customer.email name-match',
      'packages/server/src/models/Customer.ts:13:3 public.customers.full_name definition prisma Customer.fullName name-match',
    ]);
  });
});

describe('modules that map their own tables (medusa)', () => {
  it("a bare compound name of another module's table is no usage; of the module's own table it is", async () => {
    const root = fileURLToPath(new URL('../fixtures/workspaces/modules-own-tables', import.meta.url));
    const services = await discoverServices(root);
    const { usages } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false, services });
    expect(siteLines(usages).filter((line) => line.includes('/test/'))).toEqual([
      'services/billing/test/invoice-steps.spec.ts:2:50 public.orders.total_cents write typeorm step name-match',
      'services/crm/test/customer-rows.spec.ts:2:22 public.customers.full_name write typeorm row name-match',
    ]);
  });
});
