/** A column named by schema, table and column, as PostgreSQL stores them (unquoted, case as stored). */
export interface ColumnRef {
  readonly schema: string;
  readonly table: string;
  readonly column: string;
}

/** A table named by schema and table. */
export interface TableRef {
  readonly schema: string;
  readonly table: string;
}

/** `public.customers` */
export function formatTableRef(ref: TableRef): string {
  return `${ref.schema}.${ref.table}`;
}

/** `public.customers.email` */
export function formatColumnRef(ref: ColumnRef): string {
  return `${ref.schema}.${ref.table}.${ref.column}`;
}

/**
 * Parses `schema.table.column`, `table.column` (schema `public`), or `schema.table` / `table` when
 * `allowTableOnly` is set (the column is then `undefined`). Returns undefined for anything else.
 */
export function parseColumnRef(text: string): ColumnRef | undefined {
  const parts = text.split('.');
  if (parts.some((part) => part.length === 0)) return undefined;
  if (parts.length === 3) return { schema: parts[0]!, table: parts[1]!, column: parts[2]! };
  if (parts.length === 2) return { schema: 'public', table: parts[0]!, column: parts[1]! };
  return undefined;
}

export function sameTable(a: TableRef, b: TableRef): boolean {
  return a.schema === b.schema && a.table === b.table;
}

export function sameColumn(a: ColumnRef, b: ColumnRef): boolean {
  return sameTable(a, b) && a.column === b.column;
}
