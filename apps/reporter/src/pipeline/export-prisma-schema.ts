import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCachedJson, rippleCacheDir, servePGlite, startPGlite, writeCachedJson } from '@ripple/db-schema';
import { isRippleError, RippleError } from '@ripple/model';
import type { SchemaSourceLocation } from './export-drizzle-schema.js';

/** The version of Prisma's schema engine Ripple ships (`@prisma/schema-engine-wasm`, Prisma 7.10). */
export const PRISMA_ENGINE_VERSION = '7.10.0';

/** One file of a Prisma schema, as the engine is given it: its path relative to the tree, and its text. */
export interface PrismaSchemaFile {
  readonly path: string;
  readonly content: string;
}

/** A folder of `.prisma` files is walked this deep at most (Prisma's `prismaSchemaFolder` keeps them one or two deep). */
const MAX_FOLDER_DEPTH = 8;

/**
 * The DDL Prisma writes for the schema at `schemaPath` (relative to `tree`; a `schema.prisma` file or a folder of
 * `.prisma` files): what `prisma migrate diff --from-empty --to-schema <schema> --script` prints, made by Prisma's
 * own schema engine (the WebAssembly build on npm, no binary download) connected through Prisma's `pg` driver
 * adapter to a throwaway embedded PGlite; kept in a cache by a hash of the engine version and the files. A missing
 * file, a schema the engine rejects (its first error with file and line) and an engine failure are RippleErrors.
 */
export async function exportPrismaSchema(options: {
  readonly tree: string;
  readonly schemaPath: string;
  readonly progress: (message: string) => void;
  readonly location: SchemaSourceLocation;
  /** Where exports are kept by a hash of the engine version and the files (default under `rippleCacheDir()`); `false`: never. */
  readonly cacheDir?: string | false;
}): Promise<string> {
  const { tree, schemaPath, location } = options;
  const files = (await readPrismaSchema(tree, schemaPath, location)).map((file) => ({ path: file.path, content: forPrismaEngine(file.content) }));
  const cacheDir = options.cacheDir ?? join(rippleCacheDir(), 'prisma-exports');
  const key = createHash('sha256').update(PRISMA_ENGINE_VERSION).update('\u0000').update(JSON.stringify(files)).digest('hex');
  const cached = cacheDir === false ? undefined : await readCachedJson<{ readonly sql: string }>(cacheDir, key);
  if (cached) {
    options.progress(`the Prisma schema ${schemaPath}: Prisma's schema engine ${PRISMA_ENGINE_VERSION} export read from the cache`);
    return cached.sql;
  }
  options.progress(`exporting the Prisma schema ${schemaPath} with Prisma's schema engine ${PRISMA_ENGINE_VERSION}`);
  const sql = await exportWithEngine(files, schemaPath, location);
  if (cacheDir !== false) await writeCachedJson(cacheDir, key, { sql });
  return sql;
}

/** The engine's export on a throwaway PGlite; what the engine rejects or fails on is a RippleError. */
async function exportWithEngine(files: readonly PrismaSchemaFile[], schemaPath: string, location: SchemaSourceLocation): Promise<string> {
  const { db } = await startPGlite();
  const served = await servePGlite(db);
  try {
    return await diffFromEmpty(files, served.env['DATABASE_URL']!);
  } catch (error) {
    if (isRippleError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const rejected = prismaSchemaError(message);
    if (rejected) {
      throw new RippleError('migration/schema-source-invalid', `migrations.schemaSource ${schemaPath}: Prisma rejects the schema: ${rejected.message}`, {
        file: rejected.file,
        line: rejected.line,
      });
    }
    throw new RippleError('migration/schema-source-failed', `migrations.schemaSource ${schemaPath}: Prisma's schema engine failed: ${firstLine(message)}`, location);
  } finally {
    await served.close();
    await db.close();
  }
}

/** The schema's files, sorted by path: the file, or every `.prisma` file under the folder. */
async function readPrismaSchema(tree: string, schemaPath: string, location: SchemaSourceLocation): Promise<PrismaSchemaFile[]> {
  const full = join(tree, schemaPath);
  const stats = await stat(full).catch(() => undefined);
  if (!stats) throw new RippleError('migration/schema-source-missing', `migrations.schemaSource: no Prisma schema ${schemaPath} in ${tree}`, location);
  const paths = stats.isDirectory() ? await prismaFilesUnder(full) : [full];
  if (paths.length === 0) throw new RippleError('migration/schema-source-missing', `migrations.schemaSource: no .prisma file in the folder ${schemaPath}`, location);
  const files = await Promise.all(paths.map(async (path) => ({ path: relative(tree, path).split(sep).join('/'), content: await readFile(path, 'utf8') })));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every `.prisma` file under `folder`, breadth first, `MAX_FOLDER_DEPTH` levels at most, `node_modules` left out. */
async function prismaFilesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  let level = [folder];
  for (let depth = 0; depth < MAX_FOLDER_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) next.push(join(dir, entry.name));
        else if (entry.isFile() && entry.name.endsWith('.prisma')) found.push(join(dir, entry.name));
      }
    }
    level = next;
  }
  return found;
}

/** The preview features the shipped engine knows; others (GA since, or removed: `multiSchema`, `metrics`, `tracing`) it rejects. */
const ENGINE_PREVIEW_FEATURES: ReadonlySet<string> = new Set([
  'fullTextSearchPostgres',
  'nativeDistinct',
  'partialIndexes',
  'postgresqlExtensions',
  'relationJoins',
  'schemaEngineDriverAdapters',
  'shardKeys',
  'strictUndefinedChecks',
  'typedSql',
  'views',
]);

/**
 * The schema as the shipped Prisma 7 engine reads it, its meaning unchanged: the connection settings of its
 * `datasource` block (`url`, `directUrl`, `shadowDatabaseUrl`: Prisma 7 moved them to `prisma.config.ts` and rejects
 * them; they say where to connect, not what the schema is) are blanked, and a generator's `previewFeatures` keep only
 * the features this engine knows (the others became the default, or were client-only and removed). Line numbers stay.
 * Pure.
 */
export function forPrismaEngine(text: string): string {
  const lines = text.split('\n');
  let block: 'datasource' | 'generator' | undefined;
  return lines
    .map((line) => {
      if (block === undefined) {
        const opened = /^\s*(datasource|generator)\s+\w+\s*\{/.exec(line);
        if (opened && !line.includes('}')) block = opened[1] as 'datasource' | 'generator';
        return line;
      }
      if (/^\s*\}/.test(line)) {
        block = undefined;
        return line;
      }
      if (block === 'datasource') return /^\s*(url|directUrl|shadowDatabaseUrl)\s*=/.test(line) ? '' : line;
      const features = /^(\s*previewFeatures\s*=\s*)\[(.*)\](.*)$/.exec(line);
      if (!features) return line;
      const kept = [...features[2]!.matchAll(/"([^"]*)"/g)].map((match) => match[1]!).filter((name) => ENGINE_PREVIEW_FEATURES.has(name));
      return `${features[1]}[${kept.map((name) => `"${name}"`).join(', ')}]${features[3]}`;
    })
    .join('\n');
}

/**
 * The first error of the engine's validation output (`error: Error validating: ...\n  -->  prisma/schema.prisma:12`),
 * as a message and the file and line it points at; `undefined` when the output is not a validation error. Pure.
 */
export function prismaSchemaError(output: string): { readonly message: string; readonly file: string; readonly line: number } | undefined {
  const error = /^error: (.+)$/m.exec(output);
  const at = /^\s*-->\s+(.+):(\d+)\s*$/m.exec(output);
  if (!error || !at) return undefined;
  return { message: error[1]!.replace(/^Error validating: /, '').trim(), file: at[1]!, line: Number(at[2]) };
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}

interface SchemaEngineModule {
  readonly SchemaEngine: {
    new: (options: { datamodels: [string, string][] }, log: (message: string) => void, adapter: object) => Promise<SchemaEngine>;
  };
  readonly __wbg_set_wasm: (exports: WasmExports) => void;
}

type WasmExports = Readonly<Record<string, unknown>>;

/** The part of the WebAssembly API the engine's loading needs (Node's global; not in every tsconfig's libs). */
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: Readonly<Record<string, object>>) => { readonly exports: WasmExports };
}

interface SchemaEngine {
  diff(params: {
    from: { tag: 'empty' };
    to: { tag: 'schemaDatamodel'; files: { path: string; content: string }[] };
    script: boolean;
    exitCode: null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

let engineModule: Promise<SchemaEngineModule> | undefined;

/**
 * Prisma's schema engine, instantiated once per process as Prisma's CLI does it: the wasm-bindgen glue
 * (`schema_engine_bg.js`) is given the module compiled from the `.wasm` file beside it.
 */
function loadSchemaEngine(): Promise<SchemaEngineModule> {
  engineModule ??= (async () => {
    const glue = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const module = (await import(pathToFileURL(glue).href)) as SchemaEngineModule & Record<string, unknown>;
    const bytes = await readFile(join(dirname(glue), 'schema_engine_bg.wasm'));
    const wasm = (globalThis as unknown as { readonly WebAssembly: WasmApi }).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(bytes), { './schema_engine_bg.js': module });
    module.__wbg_set_wasm(instance.exports);
    (instance.exports['__wbindgen_start'] as (() => void) | undefined)?.();
    return module;
  })();
  return engineModule;
}

/** `prisma migrate diff --from-empty --to-schema`: the engine's script for the files, over Prisma's `pg` adapter. */
async function diffFromEmpty(files: readonly PrismaSchemaFile[], url: string): Promise<string> {
  const [{ SchemaEngine }, { PrismaPg }, { bindMigrationAwareSqlAdapterFactory }] = await Promise.all([
    loadSchemaEngine(),
    import('@prisma/adapter-pg'),
    import('@prisma/driver-adapter-utils'),
  ]);
  const factory = new PrismaPg({ connectionString: url, max: 1 });
  // The engine asks for a shadow database only to replay migrations; a diff from empty to a schema needs none.
  const adapter = bindMigrationAwareSqlAdapterFactory(Object.assign(factory, { connectToShadowDb: () => factory.connect() }));
  const datamodels = files.map((file): [string, string] => [file.path, file.content]);
  const engine = await SchemaEngine.new({ datamodels }, () => undefined, adapter);
  try {
    const result = await engine.diff({
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: files.map((file) => ({ path: posix.normalize(file.path), content: file.content })) },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}
