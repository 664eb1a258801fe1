import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph's bundled TypeScript, loaded with `require`: imported from ESM, Node first lexes ts-morph's 1 MB of
 * CommonJS for its export names (~0.3 s of every cold scan and of every worker's start). Its types come from
 * `import type { ts as TS } from 'ts-morph'`.
 */
export const ts = (createRequire(import.meta.url)('ts-morph') as typeof TsMorph).ts;
