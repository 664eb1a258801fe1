import { defineProject } from 'vitest/config';

// Project configs do not inherit the root's test options: end-to-end runs start PGlite and scan real projects.
export default defineProject({ test: { name: 'model', testTimeout: 60_000, hookTimeout: 120_000, isolate: false } });
