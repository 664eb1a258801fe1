import { defineProject } from 'vitest/config';

// PGlite starts in about 1 s from the cached data directory (4 s cold) and the real-server tests run initdb:
// give tests and hooks room, as the root config does.
// isolate: false, as code-scan: the files of a worker share one module graph (PGlite, libpg-query, ts-morph load
// once per worker); module-level state of src/ is caches of immutable inputs.
export default defineProject({ test: { name: 'db-schema', testTimeout: 60_000, hookTimeout: 120_000, isolate: false } });
