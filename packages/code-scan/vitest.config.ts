import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Project configs do not inherit the root's test options: end-to-end runs start PGlite and scan real projects.
export default defineProject({
  test: { name: 'code-scan', testTimeout: 60_000, hookTimeout: 120_000 },
  // Vite does not compile `.cts`: under vitest, the scan's `require` of ts-morph (src/extract/typescript.cts) is
  // this ES module re-export of the same `ts`. Node, tsx and esbuild run the `.cts` itself.
  resolve: { alias: [{ find: /^.*\/typescript\.cjs$/, replacement: fileURLToPath(new URL('./test/typescript-esm.ts', import.meta.url)) }] },
});
