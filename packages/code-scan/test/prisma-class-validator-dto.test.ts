import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('class-validator DTOs mirroring a Prisma model', () => {
  it('class-validator-dto: a DTO with decorators the scan does not know still mirrors the model it is named after, and so does a DTO extending it', async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'class-validator-dto');
    expect(sites).toEqual([
      'libs/common/src/dtos/create-customer.dto.ts:7:3 public.customers.email definition prisma CreateCustomerDto.email name-match',
      'libs/common/src/dtos/create-customer.dto.ts:15:3 public.customers.full_name definition prisma CreateCustomerDto.fullName name-match',
      // `ImportCustomerDto extends CreateCustomerDto`: the fields it adds mirror the same model.
      // ... and the ones it inherits are its contract too, where the base is named (`contract-type`).
      'libs/common/src/dtos/import-customer.dto.ts:5:40 public.customers.email definition contract-type ImportCustomerDto.email name-match',
      'libs/common/src/dtos/import-customer.dto.ts:5:40 public.customers.full_name definition contract-type ImportCustomerDto.fullName name-match',
      'libs/common/src/dtos/import-customer.dto.ts:15:3 public.customers.created_at definition prisma ImportCustomerDto.createdAt name-match',
      'prisma/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
      'prisma/schema.prisma:10:3 public.customers.created_at definition prisma Customer.createdAt',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
