import { formatDiagnosticLocation, type Acceptance, type ApiChange, type Consumer, type ImpactedChange, type ImpactReport, type Level } from '@ripple/model';
import { apiEvidence, apiPlace, chainLines, clientEvidence, contractNote, fedByNote } from './api-evidence.js';
import { headlineDiagnostics } from './headline-diagnostics.js';

export interface TextOptions {
  /** ANSI colour; the CLI turns it on for a TTY unless NO_COLOR is set. */
  readonly color: boolean;
}

const LEVEL_LABEL: Readonly<Record<Level, string>> = { error: 'ERROR', warning: 'WARN ', info: 'INFO ' };
const LEVEL_COLOR: Readonly<Record<Level, number>> = { error: 31, warning: 33, info: 36 };

/** A readable report for a terminal: one block per change, its consumers as a tree. */
export function renderText(report: ImpactReport, options: TextOptions): string {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [summaryLine(report), ...(report.inputs?.schemaSource ? [`schemas from: ${report.inputs.schemaSource.reason}`] : []),
    ...(report.inputs?.migrations ? [`migrations: ${report.inputs.migrations.reason}`] : []),
    ...headlineDiagnostics(report).map((diagnostic) => `${paint(LEVEL_COLOR.warning, LEVEL_LABEL.warning)} ${diagnostic.code}  ${formatDiagnosticLocation(diagnostic)}  ${diagnostic.message}`), ''];
  for (const change of report.changes) {
    const where = change.migration ? `  ${paint(2, `${change.migration.file}:${change.migration.line}`)}` : '';
    lines.push(`${paint(LEVEL_COLOR[change.severity], LEVEL_LABEL[change.severity])} ${paint(1, `${change.table}.${change.column}`)} ${change.summary}${where}${acceptedNote(change.accepted, paint)}`);
    if (change.consumers.length === 0) lines.push('  └─ no consumers found');
    change.consumers.forEach((consumer, index) => {
      const branch = index === change.consumers.length - 1 ? '└─' : '├─';
      const status =
        consumer.status === 'forgotten' ? `${paint(31, 'FORGOTTEN')} ` : consumer.status === 'handled' ? `${paint(32, 'handled')} ` : '';
      lines.push(`  ${branch} ${consumer.kind.padEnd(9)} ${status}${describeConsumer(consumer, report.apiChanges)}`);
    });
    lines.push('');
  }
  if (report.apiChanges.length > 0) {
    lines.push(paint(1, 'API changes'));
    for (const change of report.apiChanges) {
      const fedBy = fedByNote(change);
      lines.push(`${paint(LEVEL_COLOR[change.level], LEVEL_LABEL[change.level])} ${change.id}  ${change.operation}  ${change.message}${fedBy === '' ? '' : `  (${fedBy})`}${acceptedNote(change.accepted, paint)}`);
    }
    lines.push('');
  }
  if (report.findings.length > 0) {
    lines.push(paint(1, 'Findings'));
    for (const finding of report.findings) {
      lines.push(`${paint(LEVEL_COLOR[finding.level], LEVEL_LABEL[finding.level])} ${finding.id}  ${finding.location.file}:${finding.location.line}  ${finding.message}${acceptedNote(finding.accepted, paint)}`);
    }
    lines.push('');
  }
  if (report.diagnostics.length > 0) {
    lines.push(paint(1, 'Not analysed'));
    for (const diagnostic of report.diagnostics) {
      lines.push(`  ${formatDiagnosticLocation(diagnostic)}  ${diagnostic.code}  ${diagnostic.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function summaryLine(report: ImpactReport): string {
  const consumers = report.changes.reduce((sum, change) => sum + change.consumers.length, 0);
  const count = (level: Level): number => report.changes.filter((change: ImpactedChange) => change.severity === level).length;
  const forgotten = report.changes.reduce((sum, change) => sum + change.consumers.filter((consumer) => consumer.status === 'forgotten').length, 0);
  const parts: string[] = [];
  if (report.changes.length > 0 || report.apiChanges.length === 0) {
    parts.push(
      `${plural(report.changes.length, 'column change')}, ${plural(consumers, 'consumer')} ` +
        `(${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}), ${forgotten} forgotten`,
    );
  }
  if (report.apiChanges.length > 0) {
    const breaking = report.apiChanges.filter((change) => change.level === 'error').length;
    parts.push(`${plural(report.apiChanges.length, 'API change')} (${breaking} breaking)`);
  }
  const scope = report.scope === 'migrations' ? ' (migrations only: code, jobs and APIs not scanned)' : '';
  return `ripple: ${parts.join('; ')}${scope}`;
}

function describeConsumer(consumer: Consumer, apiChanges: readonly ApiChange[]): string {
  switch (consumer.kind) {
    case 'db-object':
      return consumer.object ?? '';
    case 'api': {
      const evidence = apiEvidence(consumer);
      // The contract's fate and the chain follow on lines of their own, under the consumer.
      const note = contractNote(consumer, apiChanges);
      const chain = [...(note === '' ? [] : [note]), ...chainLines(consumer)].map((line) => `\n        ${line}`).join('');
      return `${consumer.operation ?? ''}  ${consumer.symbol ?? ''}  ${apiPlace(consumer)}${evidence === '' ? '' : `  [${evidence}]`}${chain}`;
    }
    case 'client': {
      // The chain up to the operation is the api consumer's, shown under it.
      const symbol = consumer.symbol !== undefined ? `  ${consumer.symbol}` : '';
      return `${consumer.file}:${consumer.line}  ${consumer.access ?? ''}${symbol}  [${consumer.service ?? ''}, ${clientEvidence(consumer)}]`;
    }
    default: {
      const symbol = consumer.symbol !== undefined ? `  ${consumer.symbol}` : '';
      const confidence = consumer.confidence === 'name-match' ? ', name-match' : '';
      return `${consumer.file}:${consumer.line}  ${consumer.access ?? ''}${symbol}  [${consumer.service ?? ''}, ${consumer.adapter ?? ''}${confidence}]`;
    }
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A baseline's acceptance, shown after the item it accepts. */
function acceptedNote(accepted: Acceptance | undefined, paint: (code: number, text: string) => string): string {
  return accepted ? `  ${paint(2, `(accepted: ${accepted.reason})`)}` : '';
}
