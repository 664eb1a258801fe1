import type { Extension } from '@electric-sql/pglite';
import type { Location } from '@ripple/model';
import { ownEntry } from '@ripple/model';
import { parseSync } from 'libpg-query';
import { eachParseNode } from '../migrations/each-parse-node.js';
import type { Migration } from '../migrations/migration.js';

/**
 * The extensions PGlite bundles, by the name `CREATE EXTENSION` takes: the contrib modules ship inside
 * `@electric-sql/pglite` (`/contrib/<name>`), pgvector and pg_uuidv7 as their own packages. Each import is written
 * out so that a bundler sees it. `requires` are the extensions the control file requires (loaded along with it).
 */
export const PGLITE_EXTENSION_BUNDLES: Readonly<Record<string, { readonly load: () => Promise<Extension>; readonly requires?: readonly string[] }>> = {
  amcheck: { load: async () => (await import('@electric-sql/pglite/contrib/amcheck')).amcheck },
  bloom: { load: async () => (await import('@electric-sql/pglite/contrib/bloom')).bloom },
  btree_gin: { load: async () => (await import('@electric-sql/pglite/contrib/btree_gin')).btree_gin },
  btree_gist: { load: async () => (await import('@electric-sql/pglite/contrib/btree_gist')).btree_gist },
  citext: { load: async () => (await import('@electric-sql/pglite/contrib/citext')).citext },
  cube: { load: async () => (await import('@electric-sql/pglite/contrib/cube')).cube },
  dict_int: { load: async () => (await import('@electric-sql/pglite/contrib/dict_int')).dict_int },
  dict_xsyn: { load: async () => (await import('@electric-sql/pglite/contrib/dict_xsyn')).dict_xsyn },
  earthdistance: { load: async () => (await import('@electric-sql/pglite/contrib/earthdistance')).earthdistance, requires: ['cube'] },
  file_fdw: { load: async () => (await import('@electric-sql/pglite/contrib/file_fdw')).file_fdw },
  fuzzystrmatch: { load: async () => (await import('@electric-sql/pglite/contrib/fuzzystrmatch')).fuzzystrmatch },
  hstore: { load: async () => (await import('@electric-sql/pglite/contrib/hstore')).hstore },
  intarray: { load: async () => (await import('@electric-sql/pglite/contrib/intarray')).intarray },
  isn: { load: async () => (await import('@electric-sql/pglite/contrib/isn')).isn },
  lo: { load: async () => (await import('@electric-sql/pglite/contrib/lo')).lo },
  ltree: { load: async () => (await import('@electric-sql/pglite/contrib/ltree')).ltree },
  moddatetime: { load: async () => (await import('@electric-sql/pglite/contrib/moddatetime')).moddatetime },
  pageinspect: { load: async () => (await import('@electric-sql/pglite/contrib/pageinspect')).pageinspect },
  pg_buffercache: { load: async () => (await import('@electric-sql/pglite/contrib/pg_buffercache')).pg_buffercache },
  pg_freespacemap: { load: async () => (await import('@electric-sql/pglite/contrib/pg_freespacemap')).pg_freespacemap },
  pg_stat_statements: { load: async () => (await import('@electric-sql/pglite/contrib/pg_stat_statements')).pg_stat_statements },
  pg_surgery: { load: async () => (await import('@electric-sql/pglite/contrib/pg_surgery')).pg_surgery },
  pg_trgm: { load: async () => (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm },
  pg_uuidv7: { load: async () => (await import('@electric-sql/pglite-pg_uuidv7')).pg_uuidv7 },
  pg_visibility: { load: async () => (await import('@electric-sql/pglite/contrib/pg_visibility')).pg_visibility },
  pg_walinspect: { load: async () => (await import('@electric-sql/pglite/contrib/pg_walinspect')).pg_walinspect },
  pgcrypto: { load: async () => (await import('@electric-sql/pglite/contrib/pgcrypto')).pgcrypto },
  seg: { load: async () => (await import('@electric-sql/pglite/contrib/seg')).seg },
  tablefunc: { load: async () => (await import('@electric-sql/pglite/contrib/tablefunc')).tablefunc },
  tcn: { load: async () => (await import('@electric-sql/pglite/contrib/tcn')).tcn },
  tsm_system_rows: { load: async () => (await import('@electric-sql/pglite/contrib/tsm_system_rows')).tsm_system_rows },
  tsm_system_time: { load: async () => (await import('@electric-sql/pglite/contrib/tsm_system_time')).tsm_system_time },
  unaccent: { load: async () => (await import('@electric-sql/pglite/contrib/unaccent')).unaccent },
  'uuid-ossp': { load: async () => (await import('@electric-sql/pglite/contrib/uuid_ossp')).uuid_ossp },
  vector: { load: async () => (await import('@electric-sql/pglite-pgvector')).vector },
};

/** Extensions every PostgreSQL has without a bundle. */
const BUILT_IN_EXTENSIONS: ReadonlySet<string> = new Set(['plpgsql']);

/** Where the migrations create each extension: at its first `CREATE EXTENSION`, sorted by name. */
export interface ExtensionSite {
  readonly name: string;
  readonly location: Location;
}

/** A function the migrations call (`st_makepoint`, `cron.schedule`, lower case), with the argument counts it gets. */
export interface FunctionCall {
  readonly name: string;
  readonly arities: readonly number[];
}

/**
 * The extensions the migrations create (`CREATE EXTENSION [IF NOT EXISTS] name`, their setup's too), from libpg-query's parse trees
 * (it must be loaded: `loadMigrations` does it); only statements that mention `extension` are parsed. A statement
 * that does not parse names none: it fails when applied, at its file and line.
 */
export function migrationExtensionSites(migrations: readonly Migration[]): ExtensionSite[] {
  const extensions = new Map<string, Location>();
  for (const statement of migrations.flatMap((migration) => [...(migration.setup ?? []), ...migration.up])) {
    if (!/\bextension\b/i.test(statement.sql)) continue;
    for (const stmt of parsedStatements(statement.sql)) {
      const name = (stmt as { CreateExtensionStmt?: { extname?: string } } | undefined)?.CreateExtensionStmt?.extname;
      if (name && !extensions.has(name)) extensions.set(name, { file: statement.file, line: statement.line, column: statement.column });
    }
  }
  return [...extensions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, location]) => ({ name, location }));
}

/** The extensions the migrations create, sorted. */
export function migrationExtensions(migrations: readonly Migration[]): string[] {
  return migrationExtensionSites(migrations).map((extension) => extension.name);
}

/**
 * The functions the statements call that no migration defines with CREATE FUNCTION, sorted by name: what a
 * stand-in extension may have to declare. Parses every statement, so it is only asked when a stand-in is needed.
 */
export function undefinedFunctionCalls(migrations: readonly Migration[]): FunctionCall[] {
  const called = new Map<string, Set<number>>();
  const defined = new Set<string>();
  for (const statement of migrations.flatMap((migration) => migration.up)) {
    for (const stmt of parsedStatements(statement.sql)) {
      const created = (stmt as { CreateFunctionStmt?: { funcname?: readonly unknown[] } } | undefined)?.CreateFunctionStmt?.funcname;
      if (created) {
        const qualified = qualifiedName(created);
        defined.add(qualified);
        defined.add(qualified.split('.').at(-1)!);
      }
      collectCalls(stmt, called);
    }
  }
  return [...called]
    .filter(([name]) => !defined.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, arities]) => ({ name, arities: [...arities].sort((a, b) => a - b) }));
}

function parsedStatements(sql: string): unknown[] {
  try {
    return (parseSync(sql).stmts ?? []).map((raw: { stmt?: unknown }) => raw.stmt);
  } catch {
    return []; // not parsed: the statement fails when applied, at its file and line
  }
}

/** Every `FuncCall` in a parse tree. */
function collectCalls(tree: unknown, called: Map<string, Set<number>>): void {
  eachParseNode(tree, (node) => {
    const call = (node as { FuncCall?: { funcname?: readonly unknown[]; args?: readonly unknown[] } }).FuncCall;
    if (call?.funcname) {
      const name = qualifiedName(call.funcname);
      const arities = called.get(name) ?? new Set<number>();
      arities.add(call.args?.length ?? 0);
      called.set(name, arities);
    }
  });
}

/** `[{String: {sval: 'cron'}}, {String: {sval: 'schedule'}}]` -> `cron.schedule`. */
function qualifiedName(parts: readonly unknown[]): string {
  return parts.map((part) => (part as { String?: { sval?: string } }).String?.sval ?? '').join('.').toLowerCase();
}

/**
 * PGlite's bundles of the named extensions and of the ones they require, for `PGlite.create({ extensions })`:
 * without its bundle PGlite says `extension "citext" is not available`. `unbundled` are the names PGlite has no
 * bundle for (plpgsql is built in): Ripple installs a stand-in for each (see `extensionStandInScript`).
 */
export async function loadPGliteExtensions(
  names: readonly string[],
): Promise<{ readonly extensions: Record<string, Extension>; readonly unbundled: readonly string[] }> {
  const extensions: Record<string, Extension> = {};
  const unbundled: string[] = [];
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.shift()!;
    const key = name.replace(/-/g, '_');
    if (BUILT_IN_EXTENSIONS.has(name) || extensions[key]) continue;
    const bundle = ownEntry(PGLITE_EXTENSION_BUNDLES, name);
    if (!bundle) {
      if (!unbundled.includes(name)) unbundled.push(name);
      continue;
    }
    extensions[key] = await bundle.load();
    pending.push(...(bundle.requires ?? []));
  }
  return { extensions, unbundled: unbundled.sort() };
}
