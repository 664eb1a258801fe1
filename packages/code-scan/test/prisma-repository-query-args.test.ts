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
      'src/customer/customer.service.ts:45:47 public.customers.id filter flow -',
      'src/customer/customer.service.ts:49:62 public.orders.total_cents filter prisma CustomerService.listOrders',
      // The trap: the order repository's `select: { email: true }` is the order's column.
      'src/customer/customer.service.ts:54:53 public.orders.email read prisma CustomerService.traps',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('repository-query-args: a service parameter typed as its repository method\'s (Parameters<Repo[\'m\']>[i], Parameters<typeof this.repo.m>[i]) takes the same query', async () => {
    const { sites } = await scanFixture('prisma', 'repository-query-args');
    expect(sites.filter((site) => site.startsWith('src/customer/customer.controller.ts'))).toEqual([
      'src/customer/customer.controller.ts:11:40 public.customers.id filter flow -',
      // `this.service.deleteCustomer(id, { select: { email: true, fullName: true } })`, `args: Parameters<CustomerRepository['deleteById']>[1]`.
      'src/customer/customer.controller.ts:11:56 public.customers.email read prisma CustomerController.remove',
      'src/customer/customer.controller.ts:11:69 public.customers.full_name read prisma CustomerController.remove',
      // `Omit<Parameters<typeof this.orderRepository.findMany>[0], 'where'>`: the order's own email, not the customer's.
      'src/customer/customer.controller.ts:17:48 public.orders.email read prisma CustomerController.orders',
    ]);
  });
});
