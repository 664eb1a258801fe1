import { compareStrings, SYSTEM_MAP_SCHEMA_VERSION, type ColumnAccessChange, type CouplingChange, type SystemMap, type SystemMapDiff } from '@ripple/model';
import { ACCESS_ORDER } from './build-system-map.js';

/**
 * The coupling a change adds or removes: services that start or stop using a table, column accesses gained or lost,
 * tables that become shared or stop being, dead columns and drift that appear or go. Pure; every list sorted.
 */
export function diffSystemMaps(base: SystemMap, head: SystemMap): SystemMapDiff {
  const users = (map: SystemMap) => new Set(map.tables.flatMap((table) => table.services.map((service) => `${table.table}\u0000${service}`)));
  const baseUsers = users(base);
  const headUsers = users(head);
  const tableUsers: CouplingChange[] = [
    ...[...headUsers].filter((key) => !baseUsers.has(key)).map((key) => couplingChange('added', key)),
    ...[...baseUsers].filter((key) => !headUsers.has(key)).map((key) => couplingChange('removed', key)),
  ].sort((a, b) => compareStrings(a.table, b.table) || compareStrings(a.service, b.service) || compareStrings(a.change, b.change));

  const cells = (map: SystemMap) =>
    new Map(map.tables.flatMap((table) => table.columns.flatMap((column) => column.cells.map((cell) => [`${table.table}\u0000${column.column}\u0000${cell.service}`, new Set(cell.access)] as const))));
  const baseCells = cells(base);
  const headCells = cells(head);
  const columnAccess: ColumnAccessChange[] = [];
  for (const key of new Set([...baseCells.keys(), ...headCells.keys()])) {
    const before = baseCells.get(key) ?? new Set();
    const after = headCells.get(key) ?? new Set();
    const added = ACCESS_ORDER.filter((access) => after.has(access) && !before.has(access));
    const removed = ACCESS_ORDER.filter((access) => before.has(access) && !after.has(access));
    if (added.length === 0 && removed.length === 0) continue;
    const [table, column, service] = key.split('\u0000') as [string, string, string];
    columnAccess.push({ table, column, service, added, removed });
  }
  columnAccess.sort((a, b) => compareStrings(a.table, b.table) || compareStrings(a.column, b.column) || compareStrings(a.service, b.service));

  return {
    kind: 'system-map-diff',
    schemaVersion: SYSTEM_MAP_SCHEMA_VERSION,
    tableUsers,
    columnAccess,
    sharedTables: addedAndRemoved(base.sharedTables.map((shared) => shared.table), head.sharedTables.map((shared) => shared.table)),
    deadColumns: addedAndRemoved(base.deadColumns.map(qualified), head.deadColumns.map(qualified)),
    drift: addedAndRemoved(base.drift.map(qualified), head.drift.map(qualified)),
    head,
  };
}

function couplingChange(change: CouplingChange['change'], key: string): CouplingChange {
  const [table, service] = key.split('\u0000') as [string, string];
  return { change, table, service };
}

function qualified(entry: { readonly table: string; readonly column: string }): string {
  return `${entry.table}.${entry.column}`;
}

function addedAndRemoved(base: readonly string[], head: readonly string[]): { readonly added: readonly string[]; readonly removed: readonly string[] } {
  const before = new Set(base);
  const after = new Set(head);
  return { added: head.filter((item) => !before.has(item)).sort(compareStrings), removed: base.filter((item) => !after.has(item)).sort(compareStrings) };
}
