import type { SchemaSnapshot } from '@ripple/model';
import { loadSqlParser } from '../migrations/split-statements.js';
import { foldSnapshot } from './fold-snapshot.js';
import type { CatalogQuery } from './run-catalog-queries.js';
import { runCatalogQueries } from './run-catalog-queries.js';

/**
 * Runs the catalog queries through any query function (pg, PGlite), or several that share one snapshot, and folds
 * the rows into a snapshot.
 */
export async function introspectCatalog(query: CatalogQuery | readonly CatalogQuery[], schemas?: readonly string[]): Promise<SchemaSnapshot> {
  await loadSqlParser();
  return foldSnapshot(await runCatalogQueries(query, schemas));
}
