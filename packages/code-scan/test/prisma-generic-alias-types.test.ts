import { describe, expect, it } from 'vitest';
import { scanFixture } from './scan-fixture.js';

describe('generic type aliases over a Prisma model', () => {
  it("generic-alias-types: `OptionalExcluding<Customer, 'email'>` (`Partial<T> & Pick<T, K>`) is a Customer; not an alias with fields of its own", async () => {
    const { sites, diagnostics } = await scanFixture('prisma', 'generic-alias-types');
    // A model type imported from @prisma/client is tied to the model by its name (name-match), as mirror types are.
    expect(sites.filter((site) => site.startsWith('src/'))).toEqual([
      // `member.customer.email`, `customer` declared `OptionalExcluding<Customer, 'email' | 'fullName'>`.
      'src/team-members.ts:5:56 public.customers.email read prisma isMember',
      // Trap: `entry.email` of a `Labelled<Customer>`, whose `email` is its own: nothing.
    ]);
    expect(diagnostics).toEqual([]);
  });
});
