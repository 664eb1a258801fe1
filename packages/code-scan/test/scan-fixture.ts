import { fileURLToPath } from 'node:url';
import type { Diagnostic, SchemaSnapshot } from '@ripple/model';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

/** Scans `fixtures/code/<orm>/<name>` against the shared test schema (or `options.schema`), without the cache. */
export async function scanFixture(
  orm: string,
  name: string,
  options: { readonly typeCheck?: boolean; readonly schema?: SchemaSnapshot } = {},
): Promise<{ sites: string[]; diagnostics: string[]; found: readonly Diagnostic[] }> {
  const root = fileURLToPath(new URL(`../fixtures/code/${orm}/${name}`, import.meta.url));
  const { schema = SHOP_SCHEMA, ...rest } = options;
  const { usages, diagnostics } = await scanUsages({ root, schema, cacheDir: false, ...rest });
  return { sites: siteLines(usages), diagnostics: diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line}`), found: diagnostics };
}

/** `code file:line:column message`: the form the diagnostic tests pin. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line}:${d.location.column ?? '-'} ${d.message}`);
}
