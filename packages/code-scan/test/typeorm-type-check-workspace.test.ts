import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('typeorm adapter', () => {
  it('type-check-workspace: a service without a tsconfig of its own is checked under the root one (its include, its declaration files); one with its own, an ESM package under NodeNext, under that one (import.meta allowed)', async () => {
    const { found } = await scanFixture('typeorm', 'type-check-workspace', { typeCheck: true });
    expect(diagnosticLines(found)).toEqual([
      "code/type-error services/accounts/src/customer.entity.ts:10:19 services/accounts/src/customer.entity.ts:10:19: TS2551 Property 'emial' does not exist on type 'Customer'. Did you mean 'email'?",
    ]);
    expect((await scanFixture('typeorm', 'type-check-workspace')).found).toEqual([]);
  });
});
