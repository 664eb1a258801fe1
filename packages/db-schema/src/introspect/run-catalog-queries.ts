import { readFileSync } from 'node:fs';
import type { RawCatalog } from './raw-catalog.js';

/** Runs one SQL text with parameters and returns its rows: `pg` and PGlite both fit. */
export type CatalogQuery = (sql: string, params: readonly unknown[]) => Promise<readonly unknown[]>;

/** The fixed, ordered list of set-based catalog queries: one `.sql` file each under `queries/`, keyed by raw field. */
export const CATALOG_QUERIES = [
  ['relations', '01-relations.sql'],
  ['columns', '02-columns.sql'],
  ['views', '03-views.sql'],
  ['indexes', '04-indexes.sql'],
  ['constraints', '05-constraints.sql'],
  ['columnDependencies', '06-column-dependencies.sql'],
  ['triggers', '07-triggers.sql'],
  ['functions', '08-functions.sql'],
  ['policies', '09-policies.sql'],
  ['enums', '10-enums.sql'],
  ['domains', '11-domains.sql'],
  ['sequences', '12-sequences.sql'],
  ['extensions', '13-extensions.sql'],
] as const satisfies readonly (readonly [Exclude<keyof RawCatalog, 'schemas'>, string])[];

const SCHEMAS_QUERY = '00-schemas.sql';

const sqlByFile = new Map<string, string>();

/** The text of a query file (read once). */
export function catalogQuerySql(file: string): string {
  let sql = sqlByFile.get(file);
  if (sql === undefined) {
    sql = readFileSync(new URL(`./queries/${file}`, import.meta.url), 'utf8');
    sqlByFile.set(file, sql);
  }
  return sql;
}

/**
 * Runs the catalog queries and returns their rows untouched. `schemas` defaults to every schema that is not
 * PostgreSQL's own. With several query functions (sessions that share one snapshot, see `introspectDatabase`) the
 * per-table queries are sharded: session k of n reads the objects whose table (or own) oid hashes to k, so each
 * backend opens and deparses only its share of the tables, and the rows of the shards are concatenated. The fold
 * sorts every list, so which session read a row does not change the snapshot. Queries without a shard parameter run
 * once, on the first session that is free.
 */
export async function runCatalogQueries(query: CatalogQuery | readonly CatalogQuery[], schemas?: readonly string[]): Promise<RawCatalog> {
  const sessions = typeof query === 'function' ? [query] : query;
  const [first] = sessions;
  if (!first) throw new Error('runCatalogQueries needs at least one query function');
  const schemaRows = (await first(catalogQuerySql(SCHEMAS_QUERY), [schemas ? [...schemas] : null])) as readonly { name: string; server_version: number }[];
  const found = schemaRows.map((row) => row.name);
  const rows = new Map<string, unknown[][]>(CATALOG_QUERIES.map(([key]) => [key, []]));
  const unsharded = CATALOG_QUERIES.filter(([, file]) => !isSharded(catalogQuerySql(file)));
  const read = async (session: CatalogQuery, shard: number): Promise<void> => {
    for (const [key, file] of CATALOG_QUERIES) {
      const sql = catalogQuerySql(file);
      if (isSharded(sql)) rows.get(key)![shard] = [...(await session(sql, [found, shard, sessions.length]))];
    }
    for (let next = unsharded.shift(); next; next = unsharded.shift()) {
      const [key, file] = next;
      const sql = catalogQuerySql(file);
      rows.get(key)![0] = [...(await session(sql, sql.includes('$1') ? [found] : []))];
    }
  };
  await Promise.all(sessions.map((session, shard) => read(session, shard)));
  const raw: Record<string, unknown> = { schemas: found, ...(schemaRows[0] ? { serverVersion: schemaRows[0].server_version } : {}) };
  for (const [key, shards] of rows) raw[key] = shards.flat();
  return raw as unknown as RawCatalog;
}

/** A per-table query takes the session's shard as `$2` of `$3`. */
function isSharded(sql: string): boolean {
  return sql.includes('$3');
}
