import { formatTableRef, type Diagnostic, type SchemaSnapshot, type Usage } from '@ripple/model';

/**
 * `code/column-case-folded`: a model's field defines a mixed-case column (`"blacklistedTags"`, TypeORM's name for the
 * property) that its table lacks while the table has that name in lower case: a migration wrote it unquoted
 * (`ALTER TABLE "blacklist" ADD blacklistedTags varchar`), PostgreSQL folded it, and every query the model makes of it
 * fails (fallenbagel/jellyseerr 4a5ac3cc, repaired by a rename three months later). Checked against the schema the
 * code runs on: a report's head tree against the head schema (its scan resolves against the base one).
 */
export function caseFoldedColumns(usages: readonly Usage[], schema: SchemaSnapshot): Diagnostic[] {
  const columns = new Map<string, ReadonlySet<string>>();
  for (const table of schema.tables) columns.set(`${table.schema}.${table.name}`, new Set(table.columns.map((column) => column.name)));
  const found: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const usage of usages) {
    if (usage.access !== 'definition') continue;
    const { column } = usage.column;
    const known = columns.get(`${usage.column.schema}.${usage.column.table}`);
    const folded = column.toLowerCase();
    if (!known || known.has(column) || folded === column || !known.has(folded)) continue;
    const where = `${usage.location.file}:${usage.location.line}`;
    if (seen.has(`${where}:${usage.location.column}`)) continue;
    seen.add(`${where}:${usage.location.column}`);
    found.push({
      kind: 'diagnostic',
      code: 'code/column-case-folded',
      message: `${where}: ${usage.symbol ?? column} is the column "${column}", which ${formatTableRef(usage.column)} does not have; it has ${folded}, the name folded to lower case (a migration wrote it unquoted): the model's queries of it fail`,
      location: usage.location,
    });
  }
  return found;
}
