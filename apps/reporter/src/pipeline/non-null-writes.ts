import { formatColumnRef, type ColumnChange, type ColumnDetailChange, type Usage } from '@ripple/model';
import { findNonNullWrites, type WritePlace } from '@ripple/code-scan';

/**
 * For columns made NOT NULL or whose default changes: which of their writes in the tree at `root` write a value that can
 * never be null or undefined (`findNonNullWrites`), as `file:line:column`. The join leaves those out of the change's
 * consumers (`ImpactInputs.nonNullWrites`): `SET NOT NULL` rejects only a null, and a default fills only a value an
 * insert leaves out (an ORM leaves out an `undefined` one).
 */
export async function nonNullWrites(changes: readonly (ColumnChange | ColumnDetailChange)[], usages: readonly Usage[], root: string): Promise<ReadonlySet<string>> {
  const columns = new Set(changes.filter((change) => (change.kind === 'column-nullability-changed' && !change.nullable) || change.kind === 'column-default-changed').map((change) => formatColumnRef(change.column)));
  if (columns.size === 0) return new Set();
  const places = new Map<string, WritePlace[]>();
  for (const usage of usages) {
    const { file, line, column } = usage.location;
    if (usage.access !== 'write' || column === undefined || !columns.has(formatColumnRef(usage.column))) continue;
    places.set(file, [...(places.get(file) ?? []), { line, column }]);
  }
  return findNonNullWrites(root, places);
}
