import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('typed values spread or handed whole into a Prisma write', () => {
  it("dto-rest-spreads: a DTO's declared properties, less what a rest or omit() leaves out, are the columns its spread writes; not a spread into a log", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'dto-rest-spreads');
    expect(sites.filter((site) => site.startsWith('src/') && !site.includes(' definition '))).toEqual([
      'src/customers/customer.controller.ts:8:19 public.customers.email read prisma CustomerController.create name-match',
      // `{ ...customerData }` of `const { tags, email, ...customerData } = data` (`CreateCustomerDto`) into
      // `createCustomer(data)`, which spreads `data` into `prisma.customer.create({ data })`: `fullName` only.
      'src/customers/customer.controller.ts:10:53 public.customers.full_name write flow -',
      'src/customers/customer.controller.ts:10:67 public.customers.email write flow -',
      'src/customers/customer.service.ts:12:9 public.customers.created_at write prisma CustomerService.createCustomer',
      'src/customers/customer.service.ts:18:13 public.customers.id read prisma CustomerService.updateCustomer name-match',
      'src/customers/customer.service.ts:19:46 public.customers.id filter prisma CustomerService.updateCustomer',
      // `data: changes`, the rest of an `UpdateCustomerDto` without `id`: `email` (`nickname` is no column).
      'src/customers/customer.service.ts:19:58 public.customers.email write flow -',
      // `omit(exported, ['id', 'createdAt'])` of an element of `ImportDataDto['customers']`, spread into the input.
      'src/import/import.service.ts:13:12 public.customers.email write flow -',
      'src/import/import.service.ts:13:12 public.customers.full_name write flow -',
      // Trap: `console.info('creating customer', { ...data })` writes nothing.
    ]);
    expect(diagnostics).toEqual([]);
  });
});
