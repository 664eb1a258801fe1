import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Extension } from '@electric-sql/pglite';
import { PGlite } from '@electric-sql/pglite';

/** The PGlite version the cache is keyed by (an initialised data directory only fits the version that wrote it). */
export function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve('@electric-sql/pglite'));
  while (path.dirname(dir) !== dir) {
    try {
      const manifest = require(path.join(dir, 'package.json')) as { name?: string; version?: string };
      if (manifest.name === '@electric-sql/pglite' && manifest.version) return manifest.version;
    } catch {
      // not the package root yet
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

/** `$XDG_CACHE_HOME/ripple`, or `~/.cache/ripple` when XDG_CACHE_HOME is not set: where db-schema keeps its caches. */
export function rippleCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache'), 'ripple');
}

/** `$XDG_CACHE_HOME/ripple/pglite-0.5.16.tar` (see `rippleCacheDir`). */
export function pgliteCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(rippleCacheDir(env), `pglite-${pgliteVersion()}.tar`);
}

export interface StartedPGlite {
  readonly db: PGlite;
  /** Whether the instance started from the cached data directory. */
  readonly cached: boolean;
}

/**
 * Starts an empty embedded PostgreSQL. The first start runs initdb (about 4 s) and writes the fresh data directory
 * to the cache (to a temporary name, then renamed, so a concurrent reader never sees half a file); later starts load
 * it (about 1 s). A cache file that does not load is replaced. `extensions` are PGlite's bundles that `CREATE
 * EXTENSION` may then install (see `loadPGliteExtensions`). The caller must `close()` the instance.
 */
export async function startPGlite(
  options: { readonly cacheFile?: string; readonly extensions?: Readonly<Record<string, Extension>> } = {},
): Promise<StartedPGlite> {
  const cacheFile = options.cacheFile ?? pgliteCacheFile();
  const extensions = options.extensions ?? {};
  const cachedData = await readFile(cacheFile).catch(() => undefined);
  if (cachedData) {
    try {
      return { db: await PGlite.create({ loadDataDir: new BytesBlob(cachedData), extensions }), cached: true };
    } catch {
      // a truncated or foreign cache file: fall through to a cold start, which rewrites it
    }
  }
  const db = await PGlite.create({ extensions });
  try {
    const dump = await db.dumpDataDir('none');
    await mkdir(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.${randomUUID()}.tmp`;
    await writeFile(temporary, Buffer.from(await dump.arrayBuffer()));
    await rename(temporary, cacheFile);
  } catch {
    // the cache is an optimisation: an unwritable cache directory only costs start-up time
  }
  return { db, cached: false };
}

/**
 * A Blob over bytes already in memory. PGlite reads the data directory with `arrayBuffer()`; Node's own Blob would
 * copy the 40 MB in and then out again in chunks (about 0.4 s of a 1.2 s start), this hands over the bytes. Every
 * other Blob method works on a real Blob made on first use.
 */
class BytesBlob extends Blob {
  readonly #bytes: Uint8Array;
  #blob: Blob | undefined;

  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
    Object.defineProperty(this, 'size', { value: bytes.byteLength });
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#bytes;
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    return Promise.resolve(whole ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer);
  }

  override bytes(): Promise<Uint8Array> {
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  override text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  override slice(start?: number, end?: number, contentType?: string): Blob {
    return this.#real().slice(start, end, contentType);
  }

  override stream(): ReturnType<Blob['stream']> {
    return this.#real().stream();
  }

  #real(): Blob {
    return (this.#blob ??= new Blob([this.#bytes]));
  }
}
