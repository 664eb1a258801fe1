import { fileURLToPath } from 'node:url';
import { scanUsages } from '../src/index.js';
import { SHOP_SCHEMA, siteLines } from './snapshot-of.js';

/** Scans `fixtures/code/<orm>/<name>` against the shared test schema, without the cache. */
export async function scanFixture(orm: string, name: string): Promise<{ sites: string[]; diagnostics: string[] }> {
  const root = fileURLToPath(new URL(`../fixtures/code/${orm}/${name}`, import.meta.url));
  const { usages, diagnostics } = await scanUsages({ root, schema: SHOP_SCHEMA, cacheDir: false });
  return { sites: siteLines(usages), diagnostics: diagnostics.map((d) => `${d.code} ${d.location.file}:${d.location.line}`) };
}
