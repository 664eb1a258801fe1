import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEndpoint, ApiFlow, ClientSite, Diagnostic, Location, Usage } from '@ripple/model';
import type { FileFacts } from '../facts/file-facts.js';

/**
 * File facts on disk, keyed by a hash of the file's path and content (and of the scanner's own source, so a new
 * scanner never reads an old cache). One pack per service: a warm scan reads one file per service.
 */
export interface FactsCache {
  get(key: string): FileFacts | undefined;
  set(key: string, facts: FileFacts): void;
  /**
   * Writes the entries used in this run, and the older ones while they are no more than these (the other tree of a
   * report, base or head); the rest, entries of deleted or changed files, are dropped.
   */
  save(): Promise<void>;
}

export function defaultCacheDir(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'ripple', 'code-scan');
}

export function factsKey(file: string, text: string): string {
  return createHash('sha256').update(file).update('\u0000').update(text).digest('base64url').slice(0, 32);
}

/**
 * A service's usages, stored with the key of everything they were folded from (the schema, the service, every
 * file's facts key) and the file extensions the scanner reads: a warm scan of an unchanged service reads its
 * files, hashes them and returns these, without loading the parser or the adapters.
 */
export interface ServiceResult {
  readonly key: string;
  readonly extensions: readonly string[];
  readonly usages: readonly Usage[];
  readonly diagnostics: readonly Diagnostic[];
  readonly endpoints?: readonly ApiEndpoint[];
  readonly apiFlows?: readonly ApiFlow[];
  readonly clientSites?: readonly ClientSite[];
  readonly missingMembers?: readonly Location[];
}

/** How many results a service keeps: the base and head trees of a report, and a few edits back. */
const RESULTS_KEPT = 4;

/** The results stored for a service, newest first. */
export async function readServiceResults(dir: string | false, scope: string): Promise<readonly ServiceResult[]> {
  if (dir === false) return [];
  try {
    const stored: unknown = JSON.parse(await readFile(await packPath(dir, scope, 'result'), 'utf8'));
    return Array.isArray(stored) ? (stored as ServiceResult[]) : [];
  } catch {
    return [];
  }
}

export async function writeServiceResult(dir: string | false, scope: string, result: ServiceResult, previous: readonly ServiceResult[]): Promise<void> {
  if (dir === false) return;
  const kept = [result, ...previous.filter((entry) => entry.key !== result.key)].slice(0, RESULTS_KEPT);
  await writeAtomically(await packPath(dir, scope, 'result'), JSON.stringify(kept));
}

/** The key of a service's result: a hash of the schema's hash, the service and its files' facts keys, in order. */
export function resultKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}

export async function openFactsCache(dir: string | false, scope: string): Promise<FactsCache> {
  const used = new Map<string, FileFacts>();
  if (dir === false) return { get: () => undefined, set: (key, facts) => void used.set(key, facts), save: async () => undefined };
  const path = await packPath(dir, scope, 'facts');
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
      if (!changed) return;
      // Entries of the other tree of a report (base or head) stay, as long as they do not outnumber this run's.
      const others = Object.entries(stored).filter(([key]) => !used.has(key));
      const kept = others.length <= used.size ? [...used, ...others] : [...used];
      await writeAtomically(path, JSON.stringify(Object.fromEntries(kept)));
    },
  };
}

async function packPath(dir: string, scope: string, kind: 'facts' | 'result'): Promise<string> {
  return join(dir, await scannerVersion(), `${createHash('sha256').update(scope).digest('hex').slice(0, 24)}.${kind}.json`);
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
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
