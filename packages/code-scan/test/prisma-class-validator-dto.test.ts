import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('class-validator DTOs mirroring a Prisma model', () => {
  it('class-validator-dto: a DTO with decorators the scan does not know still mirrors the model it is named after', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'class-validator-dto');
    expect(sites).toEqual([
      'libs/common/src/dtos/create-customer.dto.ts:7:3 public.customers.email definition prisma CreateCustomerDto.email name-match',
      'libs/common/src/dtos/create-customer.dto.ts:15:3 public.customers.full_name definition prisma CreateCustomerDto.fullName name-match',
      'prisma/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
