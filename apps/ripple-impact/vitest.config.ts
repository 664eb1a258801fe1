import { defineProject } from 'vitest/config';

// Packs the package, installs it with npm into a fresh project and runs the CLI there: minutes, not seconds.
export default defineProject({ test: { name: 'ripple-impact', testTimeout: 300_000, hookTimeout: 600_000 } });
