import { open, readdir, stat } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import { isRippleError } from '@ripple/model';
import { detectMigrations } from './detect-migrations.js';
import { defaultMigrationsDir, detectSchemaSourceOrThrow } from './detect-schema-source.js';
import type { RippleConfig } from './ripple-config.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.turbo', '.next', 'vendor', 'fixtures', 'test', 'tests', '__tests__']);
const SPEC_FILE = /\.(ya?ml|json)$/i;

/**
 * The config of a repository without `ripple.config.json`: the migrations folder `detectMigrations` chooses, and
 * every OpenAPI or Swagger description in the tree (a YAML or JSON file whose top level has `openapi` or `swagger`),
 * each attributed to the nearest folder with a package.json (its service). Without a migrations folder, the ORM
 * schema the tree declares is the schema source (`detectSchemaSource`); with neither, throws `config/not-found`.
 */
export async function detectConfig(root: string): Promise<RippleConfig> {
  const detected = await detectMigrations(root).catch((error: unknown) => {
    if (isRippleError(error) && error.code === 'config/not-found') return error;
    throw error;
  });
  const specs = await findApiDescriptions(root);
  const openapi = await Promise.all(specs.map(async (spec) => ({ service: await serviceOf(root, spec), base: spec, head: spec })));
  if (!isRippleError(detected)) return { migrations: { dir: detected.dir, ...(detected.format !== undefined ? { format: detected.format } : {}) }, openapi, ignore: [], detected, openapiDetected: true };
  // No migrations folder (`prisma db push`, `drizzle-kit push`): the ORM schema the tree declares.
  const schemaSourceDetected = await detectSchemaSourceOrThrow(root, undefined, detected);
  const { source } = schemaSourceDetected;
  return { migrations: { dir: defaultMigrationsDir(source), schemaSource: source }, openapi, ignore: [], schemaSourceDetected, openapiDetected: true };
}

async function findApiDescriptions(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(path);
      else if (entry.isFile() && SPEC_FILE.test(entry.name) && (await isApiDescription(join(root, path)))) found.push(path);
    }
  };
  await walk('');
  return found.sort();
}

/** Whether the file's opening declares an OpenAPI or Swagger document at its top level. */
async function isApiDescription(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(4096), position: 0 });
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    return /^(openapi|swagger)\s*:/m.test(head) || /^\s*\{\s*"(openapi|swagger)"\s*:/.test(head);
  } finally {
    await handle.close();
  }
}

/** The name of the nearest folder above `spec` with a package.json, or the spec's folder name. */
async function serviceOf(root: string, spec: string): Promise<string> {
  for (let dir = dirname(spec); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    if (await stat(join(root, dir, 'package.json')).catch(() => undefined)) return posix.basename(dir);
  }
  return posix.basename(relative(root, join(root, dirname(spec))).split(sep).join('/')) || 'api';
}
