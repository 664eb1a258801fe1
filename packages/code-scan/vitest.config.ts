import { defineProject } from 'vitest/config';

// Project configs do not inherit the root's test options: end-to-end runs start PGlite and scan real projects.
// Fixtures hold test files of the projects they imitate (scanned as `test` consumers), never run here.
export default defineProject({ test: { name: 'code-scan', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } });
