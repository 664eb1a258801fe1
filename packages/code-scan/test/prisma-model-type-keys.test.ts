import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe("a Prisma model's fields named as string literal types", () => {
  it("model-type-keys: utility types over the model (Pick, Omit, a project's own) and indexed access name its fields; another type's keys, a literal that is no field and one beside no model do not", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'model-type-keys');
    // A model type imported from @prisma/client is the model itself (Prisma generates it per model): exact, not name-match.
    expect(sites).toEqual([
      'prisma/schema.prisma:7:3 public.customers.id definition prisma Customer.id',
      'prisma/schema.prisma:8:3 public.customers.email definition prisma Customer.email',
      'prisma/schema.prisma:9:3 public.customers.full_name definition prisma Customer.fullName',
      'src/member-types.ts:14:37 public.customers.email read prisma -',
      'src/member-types.ts:14:47 public.customers.full_name read prisma -',
      'src/member-types.ts:17:46 public.customers.email read prisma -',
      'src/member-types.ts:18:34 public.customers.email definition contract-type CustomerDraft.email',
      'src/member-types.ts:18:34 public.customers.full_name definition contract-type CustomerDraft.fullName',
      'src/member-types.ts:18:34 public.customers.id definition contract-type CustomerDraft.id',
      'src/member-types.ts:19:38 public.customers.email read prisma -',
    ]);
    expect(diagnostics).toEqual([]);
  });
});
