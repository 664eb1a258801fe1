import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import EndToEndFirstSequencer from './tools/vitest-sequencer.js';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    globalSetup: ['./tools/vitest-temp-sandbox.ts'],
    reporters: ['default', './tools/vitest-summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One test file per core. Vitest's default is one fewer than the cores (for its own process), which on a
    // 2-core machine is a single worker: the whole suite then ran one file at a time while much of it waits on
    // child processes (npx, npm, postgres, Chromium). Two workers on 2 cores: 1631 s -> 739 s wall at load 12-13
    // (user+sys 628 s -> 588 s). The test files are independent: each makes its own temp dirs, PGlite instances
    // and servers on free ports; shared caches are written to a temporary name and renamed.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: EndToEndFirstSequencer },
  },
});
