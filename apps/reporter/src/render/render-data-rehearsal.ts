import type { DataRehearsal } from '@ripple/db-schema';
import type { RehearsalFormat } from './render-server-rehearsal.js';

/** `ripple rehearse --seed` / `--sample`: the rows loaded, then each finding and diagnostic by file and line. */
export function renderDataRehearsal(rehearsal: DataRehearsal, format: RehearsalFormat): string {
  if (format === 'json') return `${JSON.stringify(rehearsal, null, 2)}\n`;
  const rows = Object.entries(rehearsal.rows).map(([table, count]) => `${table} ${count}`);
  const sources = [
    ...(rehearsal.seed !== undefined ? [rehearsal.seed] : []),
    ...(rehearsal.sample !== undefined ? [`a sample of ${rehearsal.sample.rowsPerTable} generated rows per table`] : []),
  ];
  const lines = [`Rehearsal on data: ${sources.join(' and ')} loaded on the base schema (rows: ${rows.join(', ') || 'none'})`, ''];
  const sorted = [...rehearsal.findings].sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.id.localeCompare(b.id));
  for (const finding of sorted) lines.push(`${finding.location.file}:${finding.location.line}  ${finding.level}  ${finding.id}  ${finding.message}`);
  for (const diagnostic of rehearsal.diagnostics) lines.push(`${diagnostic.location.file}:${diagnostic.location.line}  diagnostic  ${diagnostic.code}  ${diagnostic.message}`);
  if (sorted.length === 0 && rehearsal.diagnostics.length === 0) lines.push('Nothing only the data reveals.');
  lines.push('', `${sorted.length} findings, ${rehearsal.diagnostics.length} diagnostics`);
  return `${lines.join('\n')}\n`;
}
