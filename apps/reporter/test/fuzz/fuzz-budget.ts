import type { FuzzBudget } from './fuzz-harness.js';

/**
 * The fixed budget of each target in the test run: seeded, so every run tries the same inputs, and small enough that
 * the four targets add under 20 s on two cores. `pnpm fuzz` runs them for as long as asked, from other seeds.
 */
export const TEST_BUDGET = {
  openapi: { inputs: 40, seed: 17 },
  'sql-static': { inputs: 200, seed: 17 },
  // Seed 2: one `report` whose migration applies on PGlite, one refused for its syntax error.
  'sql-pglite': { inputs: 2, seed: 2 },
  'ts-scan': { inputs: 30, seed: 17 },
} as const satisfies Readonly<Record<string, FuzzBudget & { inputs: number }>>;
