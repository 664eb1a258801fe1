import type { ColumnDependency, ColumnRef, SchemaSnapshot } from '@ripple/model';

/** The objects of `snapshot` that depend on `column` (views, indexes, constraints, triggers, functions, ...), sorted. */
export function columnDependents(snapshot: SchemaSnapshot, column: ColumnRef): readonly ColumnDependency[] {
  return snapshot.dependencies.filter(
    (dependency) => dependency.schema === column.schema && dependency.table === column.table && dependency.column === column.column,
  );
}
