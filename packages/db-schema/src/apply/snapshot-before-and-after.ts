import { RippleError, type SchemaSnapshot } from '@ripple/model';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import { applyMigrations, type ReplayProblem } from './apply-migrations.js';
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
 * migrations create are loaded from PGlite's bundles first. Strict, for the commands that print a schema: the first
 * statement that fails throws `migration/apply-failed` (`rehearseMigrations`, which the report uses, goes on past it).
 */
export async function snapshotBeforeAndAfter(
  baseMigrations: readonly Migration[],
  newMigrations: readonly Migration[],
  options: SnapshotOptions = {},
): Promise<{ base: SchemaSnapshot; head: SchemaSnapshot }> {
  const { db } = await startPGliteForMigrations([...baseMigrations, ...newMigrations], options);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    throwFirst(await applyMigrations(db, baseMigrations));
    const base = await introspectCatalog(query, options.schemas);
    throwFirst(await applyMigrations(db, newMigrations));
    const head = await introspectCatalog(query, options.schemas);
    return { base, head };
  } finally {
    await db.close();
  }
}

function throwFirst(problems: readonly ReplayProblem[]): void {
  const first = problems[0];
  if (first) throw new RippleError(first.kind === 'syntax-error' ? 'migration/syntax-error' : 'migration/apply-failed', first.message, first.location);
}

/** A PGlite (from the cache when there is one) with the bundled extensions the migrations create already loaded. */
export async function startPGliteForMigrations(migrations: readonly Migration[], options: SnapshotOptions = {}): Promise<StartedPGlite> {
  await loadSqlParser();
  const extensions = await loadPGliteExtensions(migrationExtensions(migrations));
  return startPGlite({ ...(options.cacheFile !== undefined ? { cacheFile: options.cacheFile } : {}), extensions });
}
