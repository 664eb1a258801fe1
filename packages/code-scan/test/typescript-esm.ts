import { ts } from 'ts-morph';

/** What `src/extract/typescript.cts` exports, as an ES module for vitest (see vitest.config.ts). */
export default ts;
