import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ts } from '../src/extract/typescript.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/**
 * The package's modules reached from `src/index.ts` by value imports and re-exports, not `import type` nor
 * `await import(...)`: what loading the package loads, before any file misses the cache.
 */
function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const work = [entry];
  for (let file = work.pop(); file !== undefined; file = work.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const statement of source.statements) {
      const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : ts.isExportDeclaration(statement) ? statement.isTypeOnly : true;
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      if (typeOnly || specifier === undefined || !specifier.startsWith('.')) continue;
      work.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen].map((file) => relative(SRC, file)).sort();
}

describe('a warm scan never loads the TypeScript parser', () => {
  it("the modules loading the package loads do not include the parser's loader: the walks that need it are imported on a cache miss", () => {
    const loaded = staticallyLoaded(join(SRC, 'index.ts'));
    expect(loaded).toContain('scan/scan-usages.ts');
    expect(loaded).toContain('resolve/follow-arguments.ts');
    expect(loaded.filter((file) => file === 'extract/typescript.ts' || file.startsWith('adapters/registry'))).toEqual([]);
  });
});
