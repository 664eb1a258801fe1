import { formatDiagnosticLocation, formatColumnRef, type Diagnostic, type Usage } from '@ripple/model';

/** Usages as aligned columns `file:line:column  access  schema.table.column  [service, adapter]  symbol`, one per line. */
export function renderUsagesText(usages: readonly Usage[], diagnostics: readonly Diagnostic[]): string {
  const rows = usages.map((usage) => [
    `${usage.location.file}:${usage.location.line}${usage.location.column ? `:${usage.location.column}` : ''}`,
    usage.access,
    formatColumnRef(usage.column),
    `[${usage.service}, ${usage.adapter}]`,
    usage.symbol ?? '',
  ]);
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, index) => Math.max(max[index] ?? 0, cell.length)), []);
  const lines = rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join('  ').trimEnd());
  if (usages.length === 0) lines.push('no usages found');
  for (const diagnostic of diagnostics) lines.push(`not analysed: ${formatDiagnosticLocation(diagnostic)}  ${diagnostic.code}  ${diagnostic.message}`);
  return lines.join('\n') + '\n';
}
