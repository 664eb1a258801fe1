import { describe, expect, it } from 'vitest';
import { TEST_BUDGET } from './fuzz-budget.js';
import { describeFailures, fuzzTarget, type FuzzTarget } from './fuzz-harness.js';

/** The test of one target in the test run: its fixed, seeded budget, every failure printed with its replay command. */
export function fuzzTest<Input>(title: string, target: FuzzTarget<Input>): void {
  const budget = (TEST_BUDGET as Readonly<Record<string, (typeof TEST_BUDGET)[keyof typeof TEST_BUDGET]>>)[target.name];
  if (budget === undefined) throw new Error(`fuzz-budget.ts: no test budget for target '${target.name}'`);
  describe(`fuzz: ${title}`, () => {
    it(`never an internal error, a stack trace or a slow run (${budget.inputs} inputs, seed ${budget.seed})`, async () => {
      const result = await fuzzTarget(target, budget);
      expect(describeFailures(result)).toBe('');
      expect(result.inputs).toBe(budget.inputs);
    });
  });
}
