import { defineProject } from 'vitest/config';

// Project configs do not inherit the root's test options: end-to-end runs start PGlite and scan real projects.
// Fixtures hold test files of the projects they imitate (scanned as `test` consumers), never run here.
// isolate: false: the files of a worker share one module graph, so TypeScript, ts-morph and the parsed default
// lib files load once per worker instead of once per file (the project took 83 s isolated, 19 s shared). The
// module-level state of src/ holds only caches of immutable inputs (lib texts, the flow-remove-types module).
export default defineProject({
  test: { name: 'code-scan', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, isolate: false },
});
