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

type CatalogKey = (typeof CATALOG_QUERIES)[number][0];

/**
 * The queries whose deparsers open each table (`pg_get_indexdef`, `pg_get_constraintdef`, `pg_get_viewdef`,
 * `pg_get_triggerdef`, policy expressions): with several sessions the first runs them all, so that only one backend
 * pays for loading every table's relation cache; the others share the rest.
 */
const OPENS_TABLES: ReadonlySet<CatalogKey> = new Set<CatalogKey>(['indexes', 'constraints', 'views', 'triggers', 'policies']);

/**
 * Runs the catalog queries and returns their rows untouched. `schemas` defaults to every schema that is not
 * PostgreSQL's own. With one query function the queries run one after the other, in the list's order; with several
 * (sessions that share one snapshot, see `introspectDatabase`) the first runs the queries that open tables and the
 * others take the rest, each the next as soon as it is free. Which session ran a query does not change its rows.
 */
export async function runCatalogQueries(query: CatalogQuery | readonly CatalogQuery[], schemas?: readonly string[]): Promise<RawCatalog> {
  const sessions = typeof query === 'function' ? [query] : query;
  const [first, ...others] = sessions;
  if (!first) throw new Error('runCatalogQueries needs at least one query function');
  const schemaRows = (await first(catalogQuerySql(SCHEMAS_QUERY), [schemas ? [...schemas] : null])) as readonly { name: string }[];
  const found = schemaRows.map((row) => row.name);
  const raw: Record<string, unknown> = { schemas: found };
  const drain = async (session: CatalogQuery, queue: (typeof CATALOG_QUERIES)[number][]): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, file] = next;
      const sql = catalogQuerySql(file);
      raw[key] = await session(sql, sql.includes('$1') ? [found] : []);
    }
  };
  if (others.length === 0) {
    await drain(first, [...CATALOG_QUERIES]);
  } else {
    const shared = CATALOG_QUERIES.filter(([key]) => !OPENS_TABLES.has(key));
    await Promise.all([drain(first, CATALOG_QUERIES.filter(([key]) => OPENS_TABLES.has(key))), ...others.map((session) => drain(session, shared))]);
  }
  return raw as unknown as RawCatalog;
}
