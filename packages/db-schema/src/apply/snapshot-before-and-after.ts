import type { SchemaSnapshot } from '@ripple/model';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import { applyMigrations } from './apply-migrations.js';
import { loadPGliteExtensions, migrationExtensions } from './pglite-extensions.js';
import { startPGlite, type StartedPGlite } from './start-pglite.js';

export interface SnapshotOptions {
  /** Schemas to read; default every schema that is not PostgreSQL's own. */
  readonly schemas?: readonly string[];
  /** Where the initialised PGlite data directory is cached; default `pgliteCacheFile()`. */
  readonly cacheFile?: string;
}

/**
 * One embedded PGlite: apply the base migrations and introspect (base), apply the new ones and introspect (head),
 * close. Both snapshots come from one database, so a column keeps its `position` across renames. Extensions the
 * migrations create are loaded from PGlite's bundles first.
 */
export async function snapshotBeforeAndAfter(
  baseMigrations: readonly Migration[],
  newMigrations: readonly Migration[],
  options: SnapshotOptions = {},
): Promise<{ base: SchemaSnapshot; head: SchemaSnapshot }> {
  const { db } = await startPGliteForMigrations([...baseMigrations, ...newMigrations], options);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    await applyMigrations(db, baseMigrations);
    const base = await introspectCatalog(query, options.schemas);
    await applyMigrations(db, newMigrations);
    const head = await introspectCatalog(query, options.schemas);
    return { base, head };
  } finally {
    await db.close();
  }
}

/** A PGlite (from the cache when there is one) with the bundled extensions the migrations create already loaded. */
export async function startPGliteForMigrations(migrations: readonly Migration[], options: SnapshotOptions = {}): Promise<StartedPGlite> {
  await loadSqlParser();
  const extensions = await loadPGliteExtensions(migrationExtensions(migrations));
  return startPGlite({ ...(options.cacheFile !== undefined ? { cacheFile: options.cacheFile } : {}), extensions });
}
