import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('Prisma query arguments handed to a repository method', () => {
  it('repository-query-args: a parameter typed Prisma.<Model><Op>Args makes the object a caller hands there a query of that model; traps give nothing or the other table', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'repository-query-args');
    expect(sites.filter((site) => site.startsWith('src/customer/customer.service.ts'))).toEqual([
      // `this.customerRepository.findMany({ select: { fullName: true } }, [projectId])`.
      'src/customer/customer.service.ts:18:11 public.customers.full_name read prisma CustomerService.listNames',
      // The rows the repository method returns: `customers.map(({ fullName }) => fullName)`.
      'src/customer/customer.service.ts:24:29 public.customers.full_name read prisma CustomerService.listNames',
      // `where: { customer: { email: { in: emails } } }` through the order's relation; `orderBy: { totalCents }`.
      'src/customer/customer.service.ts:31:11 public.customers.email filter prisma CustomerService.largestOrders',
      'src/customer/customer.service.ts:36:18 public.orders.total_cents order prisma CustomerService.largestOrders',
      'src/customer/customer.service.ts:41:47 public.customers.id filter flow -',
      // `updateById(id, { data: { fullName } })`: the second argument.
      'src/customer/customer.service.ts:41:61 public.customers.full_name write prisma CustomerService.rename',
      // The trap: the order repository's `select: { email: true }` is the order's column.
      'src/customer/customer.service.ts:46:53 public.orders.email read prisma CustomerService.traps',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
