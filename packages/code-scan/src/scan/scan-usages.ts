import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareLocations, compareStrings, formatColumnRef, type Diagnostic, type SchemaSnapshot, type Usage } from '@ripple/model';
import { loadModule } from 'libpg-query';
import { ADAPTERS } from '../adapters/registry.js';
import { defaultCacheDir, factsKey, openFactsCache } from '../cache/facts-cache.js';
import { extractFileFacts } from '../extract/extract-file-facts.js';
import type { FileFacts } from '../facts/file-facts.js';
import { resolveUsages } from '../resolve/resolve-usages.js';
import { indexSchema } from '../resolve/schema-index.js';
import { discoverServices, type ServiceSpec } from '../services/discover-services.js';
import { listServiceFiles } from '../services/list-service-files.js';

export interface ScanOptions {
  readonly root: string;
  /** The base schema: resolves unqualified columns, the default schema `public`, and `SELECT *`. */
  readonly schema: SchemaSnapshot;
  /** The services to scan; discovered with `discoverServices(root)` when absent. */
  readonly services?: readonly ServiceSpec[];
  /** Where file facts are cached by content hash; `false` for no cache. Default `~/.cache/ripple/code-scan`. */
  readonly cacheDir?: string | false;
}

export interface ScanResult {
  readonly usages: readonly Usage[];
  readonly diagnostics: readonly Diagnostic[];
}

const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * Every place in every service that defines, reads or writes a column. One pass per service: each file is read
 * once into facts (from the cache when its content is unchanged), then one fold resolves all sites at once.
 * Sorted by file, line, column, then column ref.
 */
export async function scanUsages(options: ScanOptions): Promise<ScanResult> {
  const services = options.services ?? (await discoverServices(options.root));
  const extensions = [...CODE_EXTENSIONS, ...ADAPTERS.flatMap((adapter) => adapter.extensions ?? [])];
  const filesByService = await listServiceFiles(options.root, services, extensions);
  const schema = indexSchema(options.schema);
  let loaded = false;
  const usages: Usage[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const service of services) {
    const cache = await openFactsCache(options.cacheDir ?? defaultCacheDir(), `${options.root}\u0000${service.dir}`);
    const files: FileFacts[] = [];
    for (const file of filesByService.get(service.dir) ?? []) {
      const text = await readFile(join(options.root, file), 'utf8');
      const key = factsKey(file, text);
      let facts = cache.get(key);
      if (!facts) {
        if (!loaded) {
          await loadModule();
          loaded = true;
        }
        facts = extractFileFacts(file, text, ADAPTERS);
        cache.set(key, facts);
      }
      files.push(facts);
    }
    await cache.save();
    const result = resolveUsages({ service: service.name, serviceKind: service.kind, files }, schema, ADAPTERS);
    usages.push(...result.usages);
    diagnostics.push(...result.diagnostics);
  }
  return { usages: sortUsages(usages), diagnostics: [...diagnostics].sort((a, b) => compareLocations(a.location, b.location) || compareStrings(a.code, b.code)) };
}

/** Sorted by file, line, column, column ref, access, adapter; exact duplicates dropped. */
export function sortUsages(usages: readonly Usage[]): readonly Usage[] {
  const seen = new Set<string>();
  const unique = usages.filter((usage) => {
    const key = `${usage.location.file}:${usage.location.line}:${usage.location.column}:${formatColumnRef(usage.column)}:${usage.access}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      compareLocations(a.location, b.location) ||
      compareStrings(formatColumnRef(a.column), formatColumnRef(b.column)) ||
      compareStrings(a.access, b.access) ||
      compareStrings(a.adapter, b.adapter),
  );
}
