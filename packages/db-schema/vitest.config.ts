import { defineProject } from 'vitest/config';

// PGlite starts in about 1 s from the cached data directory (4 s cold) and the real-server tests run initdb:
// give tests and hooks room, as the root config does.
export default defineProject({ test: { name: 'db-schema', testTimeout: 60_000, hookTimeout: 120_000 } });
