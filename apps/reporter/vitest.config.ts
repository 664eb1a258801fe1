import { defineProject } from 'vitest/config';

// Project configs do not inherit the root's test options: end-to-end runs start PGlite and scan real projects.
// isolate: false, as code-scan: the files of a worker share one module graph (PGlite, libpg-query, ts-morph load
// once per worker); test/setup.ts runs for every file, so each file's temp dirs still go after its tests.
export default defineProject({ test: { name: 'reporter', testTimeout: 60_000, hookTimeout: 120_000, isolate: false, setupFiles: ['test/setup.ts'] } });
