import { describe, expect, it } from 'vitest';
import { isTestFile } from '../src/index.js';

describe('isTestFile', () => {
  it.each([
    ['src/customers.test.ts', true],
    ['test/customers.ts', true],
    ['src/__tests__/orders.tsx', true],
    ['db/seeds/001_customers.js', true],
    ['src/customer.factory.ts', true],
    ['prisma/seed.ts', true],
    ['packages/database/src/seed.ts', true],
    ['scripts/seed.mjs', true],
    ['src/seeder.ts', false],
    ['src/reseed.ts', false],
    ['src/customers.ts', false],
    ['src/testing-library.ts', false],
  ])('%s -> %s', (file, expected) => {
    expect(isTestFile(file)).toBe(expected);
  });
});
