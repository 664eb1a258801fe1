import { defineConfig } from 'vitest/config';

// Developer-run (not a workspace project, so not in CI): npx vitest run --root bench/corpus
export default defineConfig({ test: { name: 'bench-corpus' } });
