import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('typeorm adapter', () => {
  it('trap-resolving-imports: a folder index, .js for .ts, .mjs for .mts, a .d.ts, JSON, a tsconfig paths alias, CSS, a bundler ?raw query and a type parameter named like a model are no warnings', async () => {
    const { sites, found } = await scanFixture('typeorm', 'trap-resolving-imports');
    expect(sites).toEqual([
      'src/catalogue.service.ts:19:74 public.orders.id filter typeorm CatalogueService.orderTotal',
      'src/catalogue.service.ts:20:40 public.orders.totalCents read typeorm CatalogueService.orderTotal',
      'src/catalogue.service.ts:25:46 public.customers.id filter typeorm CatalogueService.email',
      'src/catalogue.service.ts:25:54 public.customers.email read typeorm CatalogueService.email',
      'src/entities/customer.entity.ts:6:29 public.customers.id definition typeorm Customer.id',
      'src/entities/customer.entity.ts:7:13 public.customers.email definition typeorm Customer.email',
      'src/entities/order.entity.ts:7:3 public.orders.id definition typeorm Order.id',
      'src/entities/order.entity.ts:10:3 public.orders.totalCents definition typeorm Order.totalCents',
      'src/entities/order.entity.ts:13:3 public.orders.customerId definition typeorm Order.customer',
    ]);
    expect(diagnosticLines(found)).toEqual([]);
  });

  it('trap-resolving-imports with typeCheck: TypeScript, reading the tsconfig (paths, JSON modules), finds no error either', async () => {
    const { found } = await scanFixture('typeorm', 'trap-resolving-imports', { typeCheck: true });
    expect(diagnosticLines(found)).toEqual([]);
  });
});
