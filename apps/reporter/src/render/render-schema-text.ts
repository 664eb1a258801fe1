import type { SchemaSnapshot } from '@ripple/model';

/** A schema snapshot as a terminal listing: tables with their columns, then views and indexes. */
export function renderSchemaText(snapshot: SchemaSnapshot): string {
  const lines: string[] = [];
  for (const table of snapshot.tables) {
    lines.push(`${table.kind} ${table.schema}.${table.name}`);
    const width = Math.max(0, ...table.columns.map((column) => column.name.length));
    const typeWidth = Math.max(0, ...table.columns.map((column) => column.type.length));
    for (const column of table.columns) {
      const extras = [
        column.nullable ? '' : 'not null',
        column.identity ? `identity ${column.identity}` : '',
        column.generated ? `generated ${column.generated.kind} as ${column.generated.expression}` : '',
        column.default !== undefined ? `default ${column.default}` : '',
      ].filter((extra) => extra !== '');
      lines.push(`  ${column.name.padEnd(width)}  ${column.type.padEnd(typeWidth)}  ${extras.join('  ')}`.trimEnd());
    }
  }
  for (const view of snapshot.views) lines.push(`${view.kind} ${view.schema}.${view.name}`);
  for (const index of snapshot.indexes) lines.push(`index ${index.schema}.${index.name}: ${index.definition}`);
  return lines.join('\n') + '\n';
}
