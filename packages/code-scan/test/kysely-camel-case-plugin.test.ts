import { describe, expect, it } from 'vitest';
import { mapperSnakeCase } from '../src/adapters/naming/mapper-snake-case.js';
import { scanFixture } from './scan-fixture.js';

describe('kysely adapter', () => {
  it('camel-case-plugin: with new CamelCasePlugin(), DB keys, row keys and query strings are camelCase names of snake_case columns', async () => {
    const { sites, diagnostics } = await scanFixture('kysely', 'camel-case-plugin');
    expect(sites).toEqual([
      'src/db.ts:4:3 public.customers.id definition kysely CustomerTable.id',
      'src/db.ts:5:3 public.customers.email definition kysely CustomerTable.email',
      'src/db.ts:6:3 public.customers.full_name definition kysely CustomerTable.fullName',
      'src/db.ts:7:3 public.customers.created_at definition kysely CustomerTable.createdAt',
      'src/db.ts:11:3 public.customer_exports.customer_id definition kysely CustomerExportTable.customerId',
      'src/db.ts:12:3 public.customer_exports.exported_at definition kysely CustomerExportTable.exportedAt',
      'src/exports.ts:6:37 public.customers.id filter kysely exportedCustomers',
      'src/exports.ts:6:45 public.customer_exports.customer_id filter kysely exportedCustomers',
      'src/exports.ts:7:17 public.customers.full_name read kysely exportedCustomers',
      'src/exports.ts:7:31 public.customer_exports.exported_at read kysely exportedCustomers',
      'src/exports.ts:8:15 public.customer_exports.exported_at filter kysely exportedCustomers',
      'src/exports.ts:9:17 public.customers.created_at order kysely exportedCustomers',
      'src/exports.ts:14:43 public.customers.full_name write kysely rename',
      'src/exports.ts:14:62 public.customers.id filter kysely rename',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['fullName', 'full_name'],
    ['customerExports', 'customer_exports'],
    ['userID', 'user_id'],
    ['HTTPRequest', 'httprequest'],
    ['address2', 'address2'],
    ['email', 'email'],
  ])("CamelCasePlugin's snake_case of %s is %s", (name, expected) => {
    expect(mapperSnakeCase(name)).toBe(expected);
  });
});
