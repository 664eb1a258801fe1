import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph's bundled TypeScript, loaded with `require` from the file ts-morph itself loads it from
 * (`@ts-morph/common/dist/typescript.js`, the same module instance when ts-morph is loaded too): the scan's walks
 * need the parser alone, and loading ts-morph for it also compiles its 1 MB and `@ts-morph/common`'s 3 MB (their
 * Project API and the lib files' text), about 0.2 s of CPU of every cold scan and of every worker's start. Imported
 * from ESM, Node would also lex ts-morph's CommonJS for its export names. Through ts-morph's `ts` export when that
 * file is not where this version of ts-morph keeps it. Its types come from `import type { ts as TS } from 'ts-morph'`.
 */
export const ts = loadTypeScript();

function loadTypeScript(): typeof TsMorph.ts {
  const fromHere = createRequire(import.meta.url);
  try {
    return createRequire(fromHere.resolve('ts-morph'))('@ts-morph/common/dist/typescript.js') as typeof TsMorph.ts;
  } catch {
    return (fromHere('ts-morph') as typeof TsMorph).ts;
  }
}
