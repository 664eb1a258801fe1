import { sameColumn, type ColumnRef, type Usage } from '@ripple/model';

/** The usages of one column, in the order given. */
export function findColumnUsages(usages: readonly Usage[], column: ColumnRef): readonly Usage[] {
  return usages.filter((usage) => sameColumn(usage.column, column));
}
