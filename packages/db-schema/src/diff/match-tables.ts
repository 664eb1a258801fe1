import type { ColumnSnapshot, SchemaSnapshot, TableSnapshot } from '@ripple/model';
import type { MigrationEvent } from './migration-events.js';
import { findEvent, namesTable } from './migration-events.js';

/** A base table, the head table it became (undefined: dropped) and its columns paired base -> head. */
export interface TableMatch {
  readonly base: TableSnapshot;
  readonly head: TableSnapshot | undefined;
  readonly columns: ReadonlyMap<ColumnSnapshot, ColumnSnapshot>;
}

/**
 * Pairs every base table with its head table: under its name, or under the new name a `RENAME TO` in the migrations
 * gives it; and within a pair, base columns with head columns (see `matchColumns`). In base order. Pure.
 */
export function matchTables(base: SchemaSnapshot, head: SchemaSnapshot, events: readonly MigrationEvent[]): TableMatch[] {
  const headTables = new Map(head.tables.map((table) => [`${table.schema}.${table.name}`, table]));
  return base.tables.map((baseTable) => {
    const renamedTo = tableRenamedTo(baseTable, events);
    const headTable =
      headTables.get(`${baseTable.schema}.${baseTable.name}`) ??
      (renamedTo !== undefined ? headTables.get(`${baseTable.schema}.${renamedTo}`) : undefined);
    return { base: baseTable, head: headTable, columns: headTable ? matchColumns(baseTable, headTable, events) : new Map() };
  });
}

/** The `RENAME TO` statement of a base table, if the migrations have one. */
export function findTableRename(table: TableSnapshot, events: readonly MigrationEvent[]): MigrationEvent | undefined {
  return findEvent(events, table, [table.name], (event) => event.kind === 'rename-table');
}

/**
 * Pairs base columns with head columns: by position when the positions agree with the names and the migrations (no
 * pair, not renamed by a RENAME COLUMN, whose new name is another base column, whose old name is still in head, or
 * whose old column the migrations drop), otherwise by name, following the migrations' RENAME COLUMNs.
 */
function matchColumns(baseTable: TableSnapshot, headTable: TableSnapshot, events: readonly MigrationEvent[]): Map<ColumnSnapshot, ColumnSnapshot> {
  const tableNames = [baseTable.name, headTable.name];
  const tableEvents = events.filter((event) => namesTable(event.table, baseTable, tableNames));
  const renamedTo = (name: string): string => {
    let current = name;
    for (const event of tableEvents) if (event.kind === 'rename-column' && event.column === current) current = event.newName;
    return current;
  };
  const droppedNames = new Set(tableEvents.flatMap((event) => (event.kind === 'drop-column' ? [event.column] : [])));
  const baseNames = new Set(baseTable.columns.map((column) => column.name));
  const headNames = new Set(headTable.columns.map((column) => column.name));
  const headByPosition = new Map(headTable.columns.map((column) => [column.position, column]));
  const byPosition = new Map<ColumnSnapshot, ColumnSnapshot>();
  let consistent = true;
  for (const baseColumn of baseTable.columns) {
    const headColumn = headByPosition.get(baseColumn.position);
    if (!headColumn) continue;
    const differs = headColumn.name !== baseColumn.name;
    const contradicted = baseNames.has(headColumn.name) || headNames.has(baseColumn.name) || droppedNames.has(baseColumn.name);
    if (differs && renamedTo(baseColumn.name) !== headColumn.name && contradicted) consistent = false;
    byPosition.set(baseColumn, headColumn);
  }
  if (consistent) return byPosition;
  const headByName = new Map(headTable.columns.map((column) => [column.name, column]));
  const byName = new Map<ColumnSnapshot, ColumnSnapshot>();
  for (const baseColumn of baseTable.columns) {
    const headColumn = headByName.get(renamedTo(baseColumn.name)) ?? headByName.get(baseColumn.name);
    if (headColumn && !droppedNames.has(baseColumn.name)) byName.set(baseColumn, headColumn);
  }
  return byName;
}

function tableRenamedTo(table: TableSnapshot, events: readonly MigrationEvent[]): string | undefined {
  let name = table.name;
  for (const event of events) {
    if (event.kind === 'rename-table' && namesTable(event.table, table, [name])) name = event.newName;
  }
  return name === table.name ? undefined : name;
}
