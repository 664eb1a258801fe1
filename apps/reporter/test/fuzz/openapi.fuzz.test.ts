import { describe, expect, it } from 'vitest';
import { describeFailures, fuzzTarget } from './fuzz-harness.js';
import { openApiTarget } from './openapi-target.js';
import { TEST_BUDGET } from './fuzz-budget.js';

describe('fuzz: api-diff over mutated OpenAPI pairs', () => {
  it(`never an internal error, a stack trace or a slow run (${TEST_BUDGET.openapi.inputs} inputs, seed ${TEST_BUDGET.openapi.seed})`, async () => {
    const result = await fuzzTarget(openApiTarget, TEST_BUDGET.openapi);
    expect(describeFailures(result)).toBe('');
    expect(result.inputs).toBe(TEST_BUDGET.openapi.inputs);
  });
});
