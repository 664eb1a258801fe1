import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('typeorm adapter', () => {
  it('repositories: SnakeNamingStrategy, inherited columns, repository find/update/findOneBy, QueryBuilder strings, entity reads/writes through this.repo; a DTO named after the entity is a name match; getter and local variable traps count nothing', async () => {
    const { sites, diagnostics } = await scanFixture('typeorm', 'repositories');
    expect(sites).toEqual([
      'src/base.entity.ts:5:3 public.customers.id definition typeorm BaseEntity.id',
      'src/base.entity.ts:5:3 public.order.id definition typeorm BaseEntity.id',
      'src/base.entity.ts:8:3 public.customers.created_at definition typeorm BaseEntity.createdAt',
      'src/base.entity.ts:8:3 public.order.created_at definition typeorm BaseEntity.createdAt',
      'src/customer.entity.ts:8:3 public.customers.email definition typeorm Customer.email',
      'src/customer.entity.ts:11:3 public.customers.full_name definition typeorm Customer.fullName',
      'src/customers.service.ts:9:46 public.customers.email filter typeorm CustomersService.byEmail',
      'src/customers.service.ts:9:65 public.customers.id read typeorm CustomersService.byEmail',
      'src/customers.service.ts:9:75 public.customers.full_name read typeorm CustomersService.byEmail',
      'src/customers.service.ts:13:43 public.customers.created_at order typeorm CustomersService.newest',
      'src/customers.service.ts:17:35 public.customers.id filter typeorm CustomersService.rename',
      'src/customers.service.ts:17:43 public.customers.full_name write typeorm CustomersService.rename',
      'src/customers.service.ts:24:17 public.order.total_cents filter typeorm CustomersService.bigSpenders',
      'src/customers.service.ts:25:19 public.customers.email order typeorm CustomersService.bigSpenders',
      'src/customers.service.ts:30:55 public.customers.id filter typeorm CustomersService.greeting',
      'src/customers.service.ts:32:14 public.customers.full_name write typeorm CustomersService.greeting',
      'src/customers.service.ts:32:34 public.customers.full_name read typeorm CustomersService.greeting',
      'src/customers.service.ts:33:30 public.customers.full_name read typeorm CustomersService.greeting',
      'src/order.entity.ts:8:3 public.order.total_cents definition typeorm Order.totalCents',
      'src/order.entity.ts:11:3 public.order.email definition typeorm Order.email',
      'src/order.entity.ts:14:3 public.order.customer_id definition typeorm Order.customer',
      'src/traps.ts:5:3 public.customers.email definition typeorm CustomerDto.email name-match',
      'src/traps.ts:6:3 public.customers.full_name definition typeorm CustomerDto.fullName name-match',
      'src/traps.ts:18:7 public.customers.email write typeorm toDto name-match',
      'src/traps.ts:19:7 public.customers.full_name write typeorm toDto name-match',
      'src/traps.ts:24:19 public.customers.email read typeorm describeCustomer',
    ]);
    expect(diagnostics).toEqual([]);
  });

});
