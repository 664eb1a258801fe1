import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CODE_FILE } from '../extract/code-file.js';
import type { WritePlace } from './non-null-values.js';
import { decodeSourceText } from '../services/read-source-text.js';

export type { WritePlace } from './non-null-values.js';


/**
 * Of the given write places (by file, relative to `root`), those whose written value can never be null or undefined
 * (`nonNullWritesOf`), as `file:line:column`. A file that cannot be read or parsed, or is not code (SQL), gives none.
 */
export async function findNonNullWrites(root: string, places: ReadonlyMap<string, readonly WritePlace[]>): Promise<ReadonlySet<string>> {
  const found = new Set<string>();
  const code = [...places].filter(([file, at]) => CODE_FILE.test(file) && at.length > 0);
  if (code.length === 0) return found;
  // Loaded here, not with the package: it loads the TypeScript parser, which a warm scan never needs.
  const { nonNullWritesOf } = await import('./non-null-values.js');
  for (const [file, at] of code) {
    let text: string;
    try {
      text = decodeSourceText(await readFile(join(root, file)));
    } catch {
      continue;
    }
    for (const key of nonNullWritesOf(file, text, at)) found.add(`${file}:${key}`);
  }
  return found;
}
