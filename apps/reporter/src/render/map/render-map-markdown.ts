import type { MapTable, SystemMap, SystemMapDiff } from '@ripple/model';
import { mapCellLetters } from './map-cell-letters.js';
import { summariseMap } from './summarise-map.js';

/** The map as GitHub-flavoured Markdown: a matrix per table, then shared tables, dead columns, drift, operations. */
export function renderMapMarkdown(map: SystemMap): string {
  const out: string[] = ['## Ripple system map', '', `${summariseMap(map)}. Schema: ${map.evidence.schemaSource}.`, ''];
  out.push('### Shared tables', '');
  if (map.sharedTables.length === 0) out.push('No table is used by more than one service.', '');
  else {
    out.push('| table | services | writers | readers | written by one, read by another |', '| --- | --- | --- | --- | --- |');
    for (const shared of map.sharedTables) {
      const handoffs = shared.handoffs.map((handoff) => `\`${handoff.column}\` ${handoff.writers.join(', ')} → ${handoff.readers.join(', ')}`).join('<br>');
      out.push(`| \`${shared.table}\` | ${shared.services.join(', ')} | ${shared.writers.join(', ')} | ${shared.readers.join(', ')} | ${handoffs} |`);
    }
    out.push('');
  }
  out.push('### Dead-column candidates', '');
  out.push(`Searched ${map.evidence.services} services and jobs, ${map.evidence.filesWithUsages} files with ${map.evidence.usages} usages; every access counts as use, \`SELECT *\` and ORM models included.`, '');
  if (map.deadColumns.length > 0) {
    out.push('| column | type | confidence | evidence |', '| --- | --- | --- | --- |');
    for (const dead of map.deadColumns) out.push(`| \`${dead.table}.${dead.column}\` | \`${dead.type}\` | ${dead.confidence} | ${escapeCell(dead.reasons.join('; '))} |`);
    out.push('');
  }
  out.push('### Drift: used in code, missing from the schema', '');
  if (map.drift.length === 0) out.push('None.', '');
  else {
    out.push('| column | missing | used at |', '| --- | --- | --- |');
    for (const drift of map.drift) {
      out.push(`| \`${drift.table}.${drift.column}\` | ${drift.kind === 'table-missing' ? 'table' : 'column'} | ${drift.consumers.map((consumer) => `\`${consumer.file}:${consumer.line}\` ${consumer.service} ${consumer.access}`).join('<br>')} |`);
    }
    out.push('');
  }
  out.push('### Tables × services', '', 'D definition, R read, W write, t tests only.', '');
  for (const table of map.tables) out.push(...tableMatrix(table));
  if (map.operations.length > 0) {
    out.push('### API operations', '', '| service | operation | tables |', '| --- | --- | --- |');
    for (const operation of map.operations) out.push(`| ${operation.service} | \`${operation.operation}\` | ${operation.tables.join(', ')} |`);
    out.push('');
  }
  if (map.diagnostics.length > 0) out.push(`${map.diagnostics.length} diagnostics: see \`--format text\` or \`json\`.`, '');
  return `${out.join('\n')}`;
}

function tableMatrix(table: MapTable): string[] {
  const services = [...new Set(table.columns.flatMap((column) => column.cells.map((cell) => cell.service)))].sort();
  const title = `**\`${table.table}\`**${table.services.length > 1 ? ` (shared by ${table.services.length})` : ''}${table.operations.length > 0 ? `; API: ${table.operations.map((operation) => `\`${operation}\``).join(', ')}` : ''}`;
  return [
    title,
    '',
    `| column | type |${services.map((service) => ` ${service} |`).join('')}`,
    `| --- | --- |${services.map(() => ' --- |').join('')}`,
    ...table.columns.map((column) => `| \`${column.column}\` | \`${column.type ?? '(missing)'}\` |${services.map((service) => ` ${mapCellLetters(column.cells.find((cell) => cell.service === service))} |`).join('')}`),
    '',
  ];
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The coupling diff for a PR comment. */
export function renderMapDiffMarkdown(diff: SystemMapDiff): string {
  const out = ['## Ripple map: coupling this change adds or removes', ''];
  if (diff.tableUsers.length + diff.columnAccess.length === 0) out.push('No service starts or stops using a table or column.', '');
  for (const change of diff.tableUsers) out.push(`- ${change.change === 'added' ? '**+**' : '**−**'} ${change.service} ${change.change === 'added' ? 'starts' : 'stops'} using \`${change.table}\``);
  for (const change of diff.columnAccess) {
    out.push(`- ${change.service} \`${change.table}.${change.column}\`: ${[...change.added.map((access) => `+${access}`), ...change.removed.map((access) => `−${access}`)].join(' ')}`);
  }
  const list = (title: string, entry: { readonly added: readonly string[]; readonly removed: readonly string[] }) => {
    if (entry.added.length + entry.removed.length > 0) out.push('', `${title}: ${[...entry.added.map((item) => `+\`${item}\``), ...entry.removed.map((item) => `−\`${item}\``)].join(', ')}`);
  };
  list('Shared tables', diff.sharedTables);
  list('Dead-column candidates', diff.deadColumns);
  list('Drift', diff.drift);
  return `${out.join('\n')}\n`;
}
