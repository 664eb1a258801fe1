import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Migration } from '../migrations/migration.js';
import { pgliteVersion, rippleCacheDir } from './start-pglite.js';

/**
 * A replay is a pure function of the migrations' statements, the schemas read, PGlite's version and Ripple's own
 * code: the same inputs give the same rehearsal, so a warm report reads it from disk instead of starting PGlite.
 * Entries are JSON files named by that key; the newest `ENTRIES_KEPT` stay.
 */
export function rehearsalCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(rippleCacheDir(env), 'rehearsals');
}

const ENTRIES_KEPT = 32;

export async function rehearsalKey(baseMigrations: readonly Migration[], newMigrations: readonly Migration[], schemas: readonly string[] | undefined): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await codeVersion()).update('\u0000').update(pgliteVersion()).update('\u0000');
  hash.update(JSON.stringify(schemas ?? null)).update('\u0000');
  // Streamed migration by migration: a history of tens of megabytes is never one string.
  for (const [side, migrations] of [['base', baseMigrations], ['new', newMigrations]] as const) {
    hash.update(side).update('\u0000');
    for (const migration of migrations) hash.update(JSON.stringify(migration)).update('\u0000');
  }
  return hash.digest('base64url').slice(0, 40);
}

/** The stored value for `key`, or undefined when there is none or it does not read (a cache never fails a run). */
export async function readCachedRehearsal<T>(dir: string, key: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes to a temporary name then renames (a concurrent reader never sees half a file); drops the oldest entries. */
export async function writeCachedRehearsal(dir: string, key: string, value: unknown): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${key}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
    await pruneOldest(dir);
  } catch {
    // the cache is an optimisation: an unwritable cache directory only costs time
  }
}

async function pruneOldest(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  if (names.length <= ENTRIES_KEPT) return;
  const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(dated.slice(ENTRIES_KEPT).map(({ name }) => unlink(path.join(dir, name)).catch(() => undefined)));
}

let version: Promise<string> | undefined;

/** A hash of the code that replays (this package's sources, or the bundle's files): a new Ripple never reads an old entry. */
function codeVersion(): Promise<string> {
  version ??= (async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    // In the sources: packages/db-schema/src/apply → hash src/. In a bundle: the folder of the bundle's chunks.
    const root = path.basename(here) === 'apply' ? path.dirname(here) : here;
    const hash = createHash('sha256');
    const pending = [root];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') pending.push(full);
        } else if (/\.(ts|js|mjs|cjs)$/.test(entry.name) && !entry.name.includes('.test.')) hash.update(entry.name).update(await readFile(full));
      }
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return version;
}
