import type { MapTable, SystemMap, SystemMapDiff } from '@ripple/model';
import { mapCellLetters } from './map-cell-letters.js';
import { summariseMap } from './summarise-map.js';

/**
 * The map for a terminal: per table, its columns against the services that use it (D definition, R read, W write,
 * t tests only); then shared tables, dead-column candidates with their evidence, drift, API operations, diagnostics.
 */
export function renderMapText(map: SystemMap): string {
  const lines: string[] = [`Ripple system map: ${summariseMap(map)}`, `schema: ${map.evidence.schemaSource}`, ''];
  lines.push('Tables × services (D definition, R read, W write, t tests only)');
  for (const table of map.tables) lines.push(...tableBlock(table));
  lines.push('', `Shared tables (${map.sharedTables.length})`);
  for (const shared of map.sharedTables) {
    lines.push(`  ${shared.table}: ${shared.services.join(', ')}; writers ${shared.writers.join(', ') || '-'}; readers ${shared.readers.join(', ') || '-'}`);
    for (const handoff of shared.handoffs) lines.push(`    ${handoff.column}: written by ${handoff.writers.join(', ')}, read by ${handoff.readers.join(', ')}`);
  }
  lines.push('', `Dead-column candidates (${map.deadColumns.length})`);
  const evidence = map.evidence;
  lines.push(
    `  searched ${evidence.services} services and jobs, ${evidence.filesWithUsages} files with ${evidence.usages} usages (${evidence.adapters.map((entry) => `${entry.adapter} ${entry.usages}`).join(', ') || 'none'}); every access counts as use, SELECT * and ORM models included`,
  );
  for (const dead of map.deadColumns) {
    lines.push(`  ${dead.table}.${dead.column} ${dead.type} [${dead.confidence}]`);
    for (const reason of dead.reasons) lines.push(`    ${reason}`);
  }
  lines.push('', `Drift: used in code, missing from the schema (${map.drift.length})`);
  for (const drift of map.drift) {
    lines.push(`  ${drift.table}.${drift.column} (${drift.kind === 'table-missing' ? 'no such table' : 'no such column'})`);
    for (const consumer of drift.consumers) lines.push(`    ${consumer.file}:${consumer.line} ${consumer.service} ${consumer.access} [${consumer.adapter}]${consumer.symbol !== undefined ? ` ${consumer.symbol}` : ''}`);
  }
  lines.push('', `API operations (${map.operations.length})`);
  for (const operation of map.operations) lines.push(`  ${operation.service}: ${operation.operation} -> ${operation.tables.join(', ') || '(no table)'}`);
  if (map.diagnostics.length > 0) {
    lines.push('', `Not analysed (${map.diagnostics.length})`);
    for (const diagnostic of map.diagnostics) lines.push(`  ${diagnostic.code} ${diagnostic.location.file}:${diagnostic.location.line} ${diagnostic.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function tableBlock(table: MapTable): string[] {
  const services = table.services.length > 0 ? table.services : [...new Set(table.columns.flatMap((column) => column.cells.map((cell) => cell.service)))].sort();
  const header = `  ${table.table} (${table.kind})${table.services.length > 1 ? ` shared by ${table.services.length}` : ''}${table.operations.length > 0 ? `; API: ${table.operations.join(', ')}` : ''}`;
  const rows = [['column', 'type', ...services], ...table.columns.map((column) => [column.column, column.type ?? '(missing)', ...services.map((service) => mapCellLetters(column.cells.find((cell) => cell.service === service)) || '.')])];
  const widths = rows[0]!.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  return [header, ...rows.map((row) => `    ${row.map((value, index) => value.padEnd(widths[index]!)).join('  ').trimEnd()}`)];
}

/** The coupling a change adds or removes, then nothing else: the head map is in the JSON. */
export function renderMapDiffText(diff: SystemMapDiff): string {
  const lines: string[] = [`Ripple map diff: ${diff.tableUsers.length} table users and ${diff.columnAccess.length} column accesses changed`];
  for (const change of diff.tableUsers) lines.push(`  ${change.change === 'added' ? '+' : '-'} ${change.service} uses ${change.table}`);
  for (const change of diff.columnAccess) {
    const parts = [...change.added.map((access) => `+${access}`), ...change.removed.map((access) => `-${access}`)];
    lines.push(`  ${change.service} ${change.table}.${change.column}: ${parts.join(' ')}`);
  }
  const list = (title: string, entry: { readonly added: readonly string[]; readonly removed: readonly string[] }) => {
    if (entry.added.length + entry.removed.length === 0) return;
    lines.push(`${title}: ${[...entry.added.map((item) => `+${item}`), ...entry.removed.map((item) => `-${item}`)].join(', ')}`);
  };
  list('shared tables', diff.sharedTables);
  list('dead-column candidates', diff.deadColumns);
  list('drift', diff.drift);
  return `${lines.join('\n')}\n`;
}
