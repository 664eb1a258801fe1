import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRippleError, RippleError } from '@ripple/model';
import { detectConfig } from './detect-config.js';
import { detectMigrations } from './detect-migrations.js';
import { defaultMigrationsDir, detectSchemaSourceOrThrow } from './detect-schema-source.js';
import { rippleConfigSchema, type RippleConfig, type RippleConfigInput } from './ripple-config.js';

export const CONFIG_FILE = 'ripple.config.json';

/** The config files Ripple looks for, in this order: JSON, or a module whose default export is the config. */
export const CONFIG_FILES = ['ripple.config.json', 'ripple.config.ts', 'ripple.config.mts', 'ripple.config.js', 'ripple.config.mjs'] as const;

/** Typed help for `ripple.config.ts`: `export default defineConfig({ migrations: { dir: 'db/migrations' } })`. */
export function defineConfig(config: RippleConfigInput): RippleConfigInput {
  return config;
}

/**
 * Reads and validates the config in `repoRoot`: `file` when given, else the first of `CONFIG_FILES` that exists,
 * else one detected from the tree (`detectConfig`). Errors name the file and the key that is wrong.
 */
export async function loadConfig(repoRoot: string, file?: string): Promise<RippleConfig> {
  const chosen = file ?? (await firstExisting(repoRoot));
  if (chosen === undefined) return detectConfig(repoRoot);
  const path = join(repoRoot, chosen);
  if (!(await stat(path).catch(() => undefined))?.isFile()) {
    throw new RippleError('config/not-found', `no ${chosen} in ${repoRoot} (it names the migrations folder; see docs/config.md)`, { file: chosen, line: 1 });
  }
  const raw = chosen.endsWith('.json') ? await readJson(path, chosen) : await importModule(path, chosen);
  return resolveConfig(repoRoot, raw, chosen);
}

/**
 * Validates a config's content (`file` names it in errors) and completes it: without `migrations.dir`, the folder
 * is detected in `repoRoot` (`detectMigrations`, in `migrations.format` when given).
 */
export async function resolveConfig(repoRoot: string, raw: unknown, file: string): Promise<RippleConfig> {
  const parsed = rippleConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.map(String).join('.') || '(root)';
    const pointer = '/' + issue.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
    throw new RippleError('config/invalid', `${key}: ${issue.message}`, { file, pointer: pointer === '/' ? '' : pointer });
  }
  const { migrations } = parsed.data;
  if (migrations.dir !== undefined) return { ...parsed.data, migrations: { ...migrations, dir: migrations.dir } };
  const detected = await detectMigrations(repoRoot, migrations.format).catch((error: unknown) => {
    // A project without a migrations folder is fine when a schema file is the source (named, or detected below).
    if (isRippleError(error) && error.code === 'config/not-found') return error;
    throw error;
  });
  if (!isRippleError(detected)) return { ...parsed.data, migrations: { ...migrations, dir: detected.dir, ...(detected.format !== undefined ? { format: detected.format } : {}) }, detected };
  if (migrations.schemaSource !== undefined) return { ...parsed.data, migrations: { ...migrations, dir: defaultMigrationsDir(migrations.schemaSource) } };
  // No migrations folder and none named: the ORM schema the tree declares, or the detection's error.
  const choice = await detectSchemaSourceOrThrow(repoRoot, migrations.format, detected);
  return { ...parsed.data, migrations: { ...migrations, schemaSource: choice.source, dir: defaultMigrationsDir(choice.source) }, schemaSourceDetected: choice };
}

async function firstExisting(repoRoot: string): Promise<string | undefined> {
  for (const candidate of CONFIG_FILES) {
    if ((await stat(join(repoRoot, candidate)).catch(() => undefined))?.isFile()) return candidate;
  }
  return undefined;
}

async function readJson(path: string, file: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new RippleError('config/invalid-json', `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, { file, ...jsonErrorPosition(text, message) });
  }
}

/**
 * Where `JSON.parse` stopped, as a 1-based line and column: from `at position N` (Node 20) or `(line L column C)`
 * (Node 22); the end of the text for `Unexpected end of JSON input`.
 */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Math.min(Number(position[1]), text.length) : text.trimEnd().length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A TypeScript or JavaScript config, compiled on the fly by tsx (esbuild): its default export. */
async function importModule(path: string, file: string): Promise<unknown> {
  const { tsImport } = await import('tsx/esm/api');
  let module: { default?: unknown };
  try {
    module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as { default?: unknown };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // esbuild: `Transform failed with 1 error:\n/path/ripple.config.ts:3:2: ERROR: Expected "}" but found "openapi"`
    const compile = /:(\d+):(\d+): ERROR: (.*)/.exec(text);
    if (compile) {
      throw new RippleError('config/invalid-module', `does not compile: ${compile[3]}`, { file, line: Number(compile[1]), column: Number(compile[2]) + 1 });
    }
    const first = text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
    throw new RippleError('config/invalid-module', `cannot load the config module: ${first}`, { file, line: 1 });
  }
  // tsx may wrap a CommonJS-style module once more.
  const value = module.default !== undefined && typeof module.default === 'object' && module.default !== null && 'default' in module.default ? (module.default as { default: unknown }).default : module.default;
  if (value === undefined) throw new RippleError('config/invalid-module', 'the config module has no default export', { file, line: 1 });
  return value;
}
