import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('typeorm variants', () => {
  it('legacy-and-local-decorators: decorators from typeorm/decorator/... paths, project decorators defined over TypeORM’s, 0.2 findOne(conditions, options)', async () => {
    const { sites, diagnostics } = await scanFixture('typeorm', 'legacy-and-local-decorators');
    expect(sites).toEqual([
      'src/customer.entity.ts:10:3 public.customers.id definition typeorm Customer.id',
      'src/customer.entity.ts:14:3 public.customers.email definition typeorm Customer.email',
      'src/customer.entity.ts:17:3 public.customers.full_name definition typeorm Customer.fullName',
      // `@TimestampColumn(...)`: decorators.ts defines it over TypeORM's Column. `@Audited() contactEmail` is no column.
      'src/customer.entity.ts:20:3 public.customers.created_at definition typeorm Customer.createdAt',
      // `findOne({ id }, { select: [...] })`.
      'src/customers.service.ts:6:44 public.customers.id filter typeorm profile',
      'src/customers.service.ts:6:61 public.customers.email read typeorm profile',
      'src/customers.service.ts:6:70 public.customers.full_name read typeorm profile',
      'src/customers.service.ts:10:50 public.customers.email filter typeorm newest',
      'src/customers.service.ts:10:85 public.customers.created_at order typeorm newest',
      'src/customers.service.ts:14:42 public.customers.id filter typeorm rename',
      'src/customers.service.ts:14:50 public.customers.full_name write typeorm rename',
      'src/order.entity.ts:10:3 public.orders.id definition typeorm Order.id',
      'src/order.entity.ts:13:3 public.orders.total_cents definition typeorm Order.totalCents',
      // `@ForeignKeyColumn(() => Customer, { name: 'customer_id' })`: a ManyToOne and JoinColumn of the project.
      'src/order.entity.ts:16:3 public.orders.customer_id definition typeorm Order.customer',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
