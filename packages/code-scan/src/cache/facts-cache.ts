import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileFacts } from '../facts/file-facts.js';

/**
 * File facts on disk, keyed by a hash of the file's path and content (and of the scanner's own source, so a new
 * scanner never reads an old cache). One pack per service: a warm scan reads one file per service.
 */
export interface FactsCache {
  get(key: string): FileFacts | undefined;
  set(key: string, facts: FileFacts): void;
  /** Writes the entries used in this run (entries of deleted or changed files are dropped). */
  save(): Promise<void>;
}

export function defaultCacheDir(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'ripple', 'code-scan');
}

export function factsKey(file: string, text: string): string {
  return createHash('sha256').update(file).update('\u0000').update(text).digest('base64url').slice(0, 32);
}

export async function openFactsCache(dir: string | false, scope: string): Promise<FactsCache> {
  const used = new Map<string, FileFacts>();
  if (dir === false) return { get: () => undefined, set: (key, facts) => void used.set(key, facts), save: async () => undefined };
  const version = await scannerVersion();
  const path = join(dir, version, `${createHash('sha256').update(scope).digest('hex').slice(0, 24)}.json`);
  let stored: Record<string, FileFacts> = {};
  try {
    stored = JSON.parse(await readFile(path, 'utf8')) as Record<string, FileFacts>;
  } catch {
    stored = {};
  }
  let changed = false;
  return {
    get(key) {
      const facts = stored[key];
      if (facts) used.set(key, facts);
      return facts;
    },
    set(key, facts) {
      used.set(key, facts);
      changed = true;
    },
    async save() {
      if (!changed && used.size === Object.keys(stored).length) return;
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(Object.fromEntries(used)));
      await rename(temporary, path);
    },
  };
}

let version: Promise<string> | undefined;

/** A hash of this package's source files: the cache is invalid whenever the scanner changes. */
function scannerVersion(): Promise<string> {
  version ??= (async () => {
    const src = dirname(dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha256');
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (/\.(ts|js)$/.test(entry.name) && !entry.name.includes('.test.')) hash.update(entry.name).update(await readFile(path));
      }
    };
    await walk(src);
    return hash.digest('hex').slice(0, 16);
  })();
  return version;
}
