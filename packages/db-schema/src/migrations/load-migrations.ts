import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings, RippleError } from '@ripple/model';
import { compareVersions } from './compare-versions.js';
import type { Migration, MigrationFormat } from './migration.js';
import type { MigrationListing } from './migration-loader.js';
import { MIGRATION_LOADERS } from './migration-loaders.js';
import { loadSqlParser } from './split-statements.js';

export interface LoadMigrationsOptions {
  /** Skip detection and read the directory in this format. */
  readonly format?: MigrationFormat;
}

/**
 * Reads a migrations directory (relative to `repoRoot`, or absolute) in whichever format it is in, sorted by
 * version (or by file name where the format's runner sorts so). Statements are split by libpg-query; bad SQL throws `migration/syntax-error` at its position, a missing
 * directory `input/not-found`, a directory in no known format `migration/unknown-format`.
 */
export async function loadMigrations(repoRoot: string, dir: string, options: LoadMigrationsOptions = {}): Promise<readonly Migration[]> {
  const listing = await listMigrationDirectory(repoRoot, dir);
  if (listing.files.length === 0) return [];
  await loadSqlParser();
  const loader = options.format
    ? MIGRATION_LOADERS.find((candidate) => candidate.format === options.format)
    : await detectLoader(listing);
  if (!loader) {
    throw new RippleError(
      'migration/unknown-format',
      `${listing.dir}: no known migration layout (${MIGRATION_LOADERS.map((candidate) => candidate.format).join(', ')})`,
    );
  }
  const migrations = await loader.load(listing);
  if (loader.order === 'file-name') return [...migrations].sort((a, b) => compareStrings(a.file, b.file));
  return [...migrations].sort((a, b) => compareVersions(a.version, b.version) || compareStrings(a.file, b.file));
}

async function detectLoader(listing: MigrationListing) {
  for (const loader of MIGRATION_LOADERS) {
    if (await loader.detect(listing)) return loader;
  }
  return undefined;
}

async function listMigrationDirectory(repoRoot: string, dir: string): Promise<MigrationListing> {
  const absoluteDir = path.resolve(repoRoot, dir);
  const relativeDir = toPosix(path.relative(path.resolve(repoRoot), absoluteDir)) || '.';
  const info = await stat(absoluteDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new RippleError('input/not-found', `migrations directory not found: ${relativeDir}`);
  }
  const entries = await readdir(absoluteDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(path.relative(absoluteDir, path.join(entry.parentPath, entry.name))))
    .filter((file) => !file.split('/').includes('node_modules'))
    .sort(compareStrings);
  return {
    dir: relativeDir,
    files,
    read: (file) => readFile(path.join(absoluteDir, file), 'utf8'),
    absolute: (file) => path.join(absoluteDir, file),
  };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
