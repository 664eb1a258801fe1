import { parseSync } from 'libpg-query';
import { nodesOfType } from './parse-tree-nodes.js';
import { scanSqlTokens } from '../migrations/scan-sql-tokens.js';

/**
 * Makes `pg_get_viewdef` text the same on every supported PostgreSQL version. Before PostgreSQL 16 the deparser
 * qualifies column references of a one-table query with the table name (`SELECT invoices.total FROM
 * billing.invoices`); 16 and later do not. When the definition names exactly one table and gives it no alias,
 * `table.` qualifiers are removed (schema-qualified names such as `billing.invoices` keep their schema). Everything
 * else is returned unchanged. libpg-query must be loaded.
 */
export function normaliseViewDefinition(definition: string): string {
  if (!definition.includes('.')) return definition;
  let relations: { relname?: string; alias?: unknown }[];
  try {
    relations = nodesOfType(parseSync(definition), 'RangeVar') as typeof relations;
  } catch {
    return definition;
  }
  const names = new Set(relations.map((relation) => relation.relname));
  const only = relations[0];
  if (names.size !== 1 || !only?.relname || relations.some((relation) => relation.alias !== undefined)) return definition;
  const bytes = Buffer.from(definition, 'utf8');
  const tokens = scanSqlTokens(definition);
  const cuts: [number, number][] = [];
  tokens.forEach((token, index) => {
    const dot = tokens[index + 1];
    const previous = tokens[index - 1];
    if (token.text === only.relname && dot?.text === '.' && dot.start === token.end && previous?.text !== '.') cuts.push([token.start, dot.end]);
  });
  let result = '';
  let from = 0;
  for (const [start, end] of cuts) {
    result += bytes.subarray(from, start).toString('utf8');
    from = end;
  }
  return result + bytes.subarray(from).toString('utf8');
}
