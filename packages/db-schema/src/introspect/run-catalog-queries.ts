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
 * Runs the catalog queries one after the other (the caller holds the read-only transaction) and returns their rows
 * untouched. `schemas` defaults to every schema that is not PostgreSQL's own.
 */
export async function runCatalogQueries(query: CatalogQuery, schemas?: readonly string[]): Promise<RawCatalog> {
  const schemaRows = (await query(catalogQuerySql(SCHEMAS_QUERY), [schemas ? [...schemas] : null])) as readonly { name: string }[];
  const found = schemaRows.map((row) => row.name);
  const raw: Record<string, unknown> = { schemas: found };
  for (const [key, file] of CATALOG_QUERIES) {
    const sql = catalogQuerySql(file);
    raw[key] = await query(sql, sql.includes('$1') ? [found] : []);
  }
  return raw as unknown as RawCatalog;
}
