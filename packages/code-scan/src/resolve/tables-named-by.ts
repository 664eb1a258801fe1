import type { FileFacts } from '../facts/file-facts.js';

/**
 * The tables the files' SQL and query builders name (`insert into "dataIssues" ...`, `knex('members')`), without
 * schema, each with the adapter of the first site that names it.
 */
export function tablesNamedBy(files: readonly FileFacts[]): Map<string, string> {
  const named = new Map<string, string>();
  for (const file of files) {
    for (const site of file.sites) {
      if (site.kind === 'property-site') continue;
      const names =
        site.kind === 'column-site'
          ? site.tables.map((table) => table.slice(table.lastIndexOf('.') + 1))
          : site.refs.flatMap((ref) => ref.scopes.flatMap((tables) => tables.flatMap((table) => (table.table ? [table.table.name] : []))));
      for (const name of names) if (!named.has(name)) named.set(name, site.adapter);
    }
  }
  return named;
}
