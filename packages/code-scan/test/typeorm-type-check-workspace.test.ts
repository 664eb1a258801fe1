import { describe, expect, it } from 'vitest';
import { diagnosticLines, scanFixture } from './scan-fixture.js';

describe('typeorm adapter', () => {
  it('type-check-workspace: services without a tsconfig of their own are checked under the root one (its include, its declaration files), one Program for both', async () => {
    const { found } = await scanFixture('typeorm', 'type-check-workspace', { typeCheck: true });
    expect(diagnosticLines(found)).toEqual([
      "code/type-error services/accounts/src/customer.entity.ts:10:19 services/accounts/src/customer.entity.ts:10:19: TS2551 Property 'emial' does not exist on type 'Customer'. Did you mean 'email'?",
    ]);
    expect((await scanFixture('typeorm', 'type-check-workspace')).found).toEqual([]);
  });
});
