import type { ColumnChange, ColumnDetailChange, ColumnRef, SchemaSnapshot } from '@ripple/model';

/**
 * Whether a change adds a unique constraint or a plain unique index on columns the base already keeps unique, with a
 * unique or primary-key constraint or a unique index without predicate or expression on exactly those columns (in any
 * order). Such a duplicate rejects no row the base accepted: no writer breaks. `NULLS NOT DISTINCT` is stricter than
 * a plain unique, and a partial or expression index is another rule: neither is a restatement.
 */
export function isRestatedUniqueness(change: ColumnChange | ColumnDetailChange, base: SchemaSnapshot): boolean {
  const added = addedUniqueColumns(change);
  if (added === undefined) return false;
  const { schema, table } = change.column;
  const same = (columns: readonly (string | null)[]): boolean => columns.length === added.length && columns.every((column) => column !== null && added.includes(column));
  return (
    base.constraints.some((constraint) => (constraint.kind === 'unique' || constraint.kind === 'primary-key') && constraint.schema === schema && constraint.table === table && !/NULLS NOT DISTINCT/i.test(constraint.definition) && same(constraint.columns)) ||
    base.indexes.some((index) => index.unique && index.schema === schema && index.table === table && index.predicate === undefined && !/NULLS NOT DISTINCT/i.test(index.definition) && same(index.columns))
  );
}

const UNIQUE_CONSTRAINT = /^UNIQUE \(([^()]*)\)$/;
const UNIQUE_INDEX = /^CREATE UNIQUE INDEX \S+ ON \S+ USING btree \(([^()]*)\)$/;

/** The columns of an added unique constraint or index, as `pg_get_constraintdef` / `pg_get_indexdef` print them. */
function addedUniqueColumns(change: ColumnChange | ColumnDetailChange): string[] | undefined {
  if (change.kind === 'column-constraint-changed' && change.change === 'added' && change.constraint.kind === 'unique') return columnList(UNIQUE_CONSTRAINT.exec(change.to ?? '')?.[1]);
  if (change.kind === 'column-index-changed' && change.change === 'added' && change.index.unique) return columnList(UNIQUE_INDEX.exec(change.to ?? '')?.[1]);
  return undefined;
}

/** `"CollectiveId", email` as names; undefined when an entry is not a plain column (an expression, an opclass, DESC). */
function columnList(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const names = list.split(',').map((entry) => entry.trim());
  const columns = names.map((name) => /^"((?:[^"]|"")+)"$/.exec(name)?.[1]?.replaceAll('""', '"') ?? (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : undefined));
  return columns.every((column) => column !== undefined) ? (columns as string[]) : undefined;
}

/** Whether the base keeps the column unique, alone or with others: a unique or primary-key constraint, or a unique index. */
export function isUniqueColumn(column: ColumnRef, base: SchemaSnapshot): boolean {
  const on = (schema: string, table: string): boolean => schema === column.schema && table === column.table;
  return (
    base.constraints.some((constraint) => (constraint.kind === 'unique' || constraint.kind === 'primary-key') && on(constraint.schema, constraint.table) && constraint.columns.includes(column.column)) ||
    base.indexes.some((index) => index.unique && on(index.schema, index.table) && (index.columns.includes(column.column) || index.columns.includes(null)))
  );
}
