import { formatColumnRef, type Diagnostic, type Usage } from '@ripple/model';

/** Usages as `file:line:column  access  schema.table.column  symbol  [service, adapter]`, one per line. */
export function renderUsagesText(usages: readonly Usage[], diagnostics: readonly Diagnostic[]): string {
  const lines = usages.map((usage) => {
    const where = `${usage.location.file}:${usage.location.line}${usage.location.column ? `:${usage.location.column}` : ''}`;
    return `${where}  ${usage.access.padEnd(10)}  ${formatColumnRef(usage.column)}${usage.symbol ? `  ${usage.symbol}` : ''}  [${usage.service}, ${usage.adapter}]`;
  });
  if (usages.length === 0) lines.push('no usages found');
  for (const diagnostic of diagnostics) lines.push(`not analysed: ${diagnostic.location.file}:${diagnostic.location.line}  ${diagnostic.code}  ${diagnostic.message}`);
  return lines.join('\n') + '\n';
}
