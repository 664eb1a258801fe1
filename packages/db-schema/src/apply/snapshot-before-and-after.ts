import { RippleError, type Diagnostic, type SchemaSnapshot } from '@ripple/model';
import { introspectCatalog } from '../introspect/introspect-catalog.js';
import type { Migration } from '../migrations/migration.js';
import { loadSqlParser } from '../migrations/split-statements.js';
import { applyMigrations, type ReplayProblem } from './apply-migrations.js';
import { installExtensionStandIns, standInsNeedBtreeGist } from './extension-stand-ins.js';
import { loadPGliteExtensions, migrationExtensionSites, undefinedFunctionCalls } from './pglite-extensions.js';
import { createSupabaseStandIn, SUPABASE_PREINSTALLED, supabasePlatformSite } from './platform-stand-ins.js';
import { createSchemaStandIns, uncreatedSchemas } from './schema-stand-ins.js';
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
): Promise<{ base: SchemaSnapshot; head: SchemaSnapshot; diagnostics: readonly Diagnostic[] }> {
  const { db, diagnostics } = await startPGliteForMigrations([...baseMigrations, ...newMigrations], options);
  try {
    const query = async (sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows;
    throwFirst(await applyMigrations(db, baseMigrations));
    const base = await introspectCatalog(query, options.schemas);
    throwFirst(await applyMigrations(db, newMigrations));
    const head = await introspectCatalog(query, options.schemas);
    return { base, head, diagnostics };
  } finally {
    await db.close();
  }
}

function throwFirst(problems: readonly ReplayProblem[]): void {
  const first = problems[0];
  if (first) throw new RippleError(first.kind === 'syntax-error' ? 'migration/syntax-error' : 'migration/apply-failed', first.message, first.location);
}

/**
 * A PGlite (from the cache when there is one) with the bundled extensions the migrations create already loaded,
 * and a stand-in for each one PGlite does not bundle, with its `migration/extension-stand-in` diagnostic; each schema
 * the migrations use and none creates is created empty (`migration/schema-stand-in`); a Supabase project's platform
 * objects are stood in first (`migration/platform-stand-in`).
 */
export async function startPGliteForMigrations(
  migrations: readonly Migration[],
  options: SnapshotOptions = {},
): Promise<StartedPGlite & { readonly diagnostics: readonly Diagnostic[] }> {
  await loadSqlParser();
  const sites = migrationExtensionSites(migrations);
  // A Supabase project's migrations run on a database the platform has prepared (schemas, roles, auth.users, extensions).
  const supabase = supabasePlatformSite(migrations);
  const names = [...new Set([...sites.map((site) => site.name), ...(supabase ? SUPABASE_PREINSTALLED : [])])];
  const { unbundled } = await loadPGliteExtensions(names);
  // the GiST classes of stand-in types call btree_gist's library
  const { extensions } = await loadPGliteExtensions(standInsNeedBtreeGist(unbundled) ? [...names, 'btree_gist'] : names);
  const started = await startPGlite({ ...(options.cacheFile !== undefined ? { cacheFile: options.cacheFile } : {}), extensions });
  const platform = supabase ? [await createSupabaseStandIn(started.db, supabase)] : [];
  const standIns = sites.filter((site) => unbundled.includes(site.name));
  const calls = standIns.length > 0 ? undefinedFunctionCalls(migrations) : [];
  const extensionStandIns = installExtensionStandIns(started.db, standIns, calls);
  const platformSchemas = new Set(supabase ? ['auth', 'storage', 'extensions', 'vault'] : []);
  const schemaStandIns = await createSchemaStandIns(started.db, uncreatedSchemas(migrations).filter((schema) => !platformSchemas.has(schema.name)));
  return { ...started, diagnostics: [...platform, ...extensionStandIns, ...schemaStandIns] };
}
