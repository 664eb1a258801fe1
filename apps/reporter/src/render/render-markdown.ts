import { formatDiagnosticLocation, type ApiChange, type Consumer, type ImpactedChange, type ImpactReport, type Level } from '@ripple/model';
import { apiEvidence, apiPlace, chainLines, clientEvidence, contractNote, fedByNote } from './api-evidence.js';
import { headlineDiagnostics } from './headline-diagnostics.js';
import { phasedPlan } from './phased-plan.js';

const LEVEL_ICON: Readonly<Record<Level, string>> = { error: '🔴', warning: '🟠', info: '🔵' };

/** A pull-request comment: a summary line, a table per change, collapsible consumers, the phased plan. */
export function renderMarkdown(report: ImpactReport): string {
  const out: string[] = ['## Ripple impact report', '', summaryLine(report), ''];
  if (report.inputs?.schemaSource) out.push(`Schemas from: ${escapeInline(report.inputs.schemaSource.reason)}`, '');
  if (report.inputs?.migrations) out.push(`Migrations read: ${escapeInline(report.inputs.migrations.reason)}`, '');
  for (const diagnostic of headlineDiagnostics(report)) {
    out.push(`> ${LEVEL_ICON.warning} **${diagnostic.code}** \`${formatDiagnosticLocation(diagnostic)}\`: ${escapeInline(diagnostic.message)}`, '');
  }
  if (report.changes.length > 0) {
    out.push('| | column | change | consumers | migration |', '| --- | --- | --- | --- | --- |');
    for (const change of report.changes) {
      const migration = change.migration ? `\`${change.migration.file}:${change.migration.line}\`` : '';
      out.push(`| ${LEVEL_ICON[change.severity]} | \`${change.table}.${change.column}\` | ${cell(change.summary)} | ${consumerCounts(change)} | ${migration} |`);
    }
    out.push('');
  }
  for (const change of report.changes) out.push(...changeSection(change, report.apiChanges));
  if (report.apiChanges.length > 0) {
    out.push('### API changes', '', '| | rule | operation | change |', '| --- | --- | --- | --- |');
    for (const change of report.apiChanges) {
      const fedBy = fedByNote(change);
      out.push(`| ${LEVEL_ICON[change.level]} | \`${change.id}\` | \`${change.operation}\` | ${cell(change.message)}${fedBy === '' ? '' : `<br>${cell(fedBy)}`} |`);
    }
    out.push('');
  }
  if (report.findings.length > 0) {
    out.push('### Migration findings', '', '| | rule | where | finding |', '| --- | --- | --- | --- |');
    for (const finding of report.findings) {
      out.push(`| ${LEVEL_ICON[finding.level]} | \`${finding.id}\` | \`${finding.location.file}:${finding.location.line}\` | ${cell(finding.message)} |`);
    }
    out.push('');
  }
  if (report.diagnostics.length > 0) {
    out.push(`<details><summary>Not analysed (${report.diagnostics.length})</summary>`, '');
    for (const diagnostic of report.diagnostics) {
      out.push(`- \`${formatDiagnosticLocation(diagnostic)}\` ${diagnostic.code}: ${escapeInline(diagnostic.message)}`);
    }
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

function summaryLine(report: ImpactReport): string {
  const count = (level: Level): number => report.changes.filter((change) => change.severity === level).length;
  const forgotten = report.changes.reduce((sum, change) => sum + change.consumers.filter((consumer) => consumer.status === 'forgotten').length, 0);
  const consumers = report.changes.reduce((sum, change) => sum + change.consumers.length, 0);
  const parts: string[] = [];
  if (report.changes.length > 0 || report.apiChanges.length === 0) {
    parts.push(
      `**${report.changes.length}** column change${report.changes.length === 1 ? '' : 's'}`,
      `**${consumers}** consumer${consumers === 1 ? '' : 's'}`,
      `${LEVEL_ICON.error} ${count('error')} error${count('error') === 1 ? '' : 's'}`,
      `${LEVEL_ICON.warning} ${count('warning')} warning${count('warning') === 1 ? '' : 's'}`,
    );
  }
  if (forgotten > 0) parts.push(`**${forgotten} forgotten** consumer${forgotten === 1 ? '' : 's'} still use a dropped or renamed column`);
  if (report.apiChanges.length > 0) {
    const breaking = report.apiChanges.filter((change) => change.level === 'error').length;
    parts.push(`${report.apiChanges.length} API change${report.apiChanges.length === 1 ? '' : 's'} (${breaking} breaking)`);
  }
  if (report.scope === 'migrations') parts.push('migrations only: code, jobs and APIs not scanned');
  return parts.join(' · ');
}

function changeSection(change: ImpactedChange, apiChanges: readonly ApiChange[]): string[] {
  const out = [`### ${LEVEL_ICON[change.severity]} \`${change.table}.${change.column}\` ${escapeInline(change.summary)}`, ''];
  if (change.migration) out.push(`Migration: \`${change.migration.file}:${change.migration.line}\``, '');
  if (change.consumers.length === 0) {
    out.push('No consumers found.', '');
  } else {
    out.push(`<details><summary>${change.consumers.length} consumer${change.consumers.length === 1 ? '' : 's'}</summary>`, '');
    out.push('| kind | where | service | access | symbol |', '| --- | --- | --- | --- | --- |');
    for (const consumer of change.consumers) out.push(consumerRow(consumer, apiChanges));
    out.push('', '</details>', '');
  }
  const plan = phasedPlan(change);
  if (plan.length > 0) {
    out.push('<details><summary>Phased rollout</summary>', '');
    plan.forEach((step, index) => out.push(`${index + 1}. ${step}`));
    out.push('', '</details>', '');
  }
  return out;
}

function consumerRow(consumer: Consumer, apiChanges: readonly ApiChange[]): string {
  const status = consumer.status === 'forgotten' ? ' **forgotten**' : consumer.status === 'handled' ? ' ✅ handled' : '';
  const where =
    consumer.kind === 'db-object'
      ? cell(consumer.object ?? '')
      : consumer.kind === 'api'
        ? apiCell(consumer, apiChanges)
        : consumer.kind === 'client'
          ? `\`${consumer.file}:${consumer.line}\` (${cell(clientEvidence(consumer))})`
          : `\`${consumer.file}:${consumer.line}\``;
  return `| ${consumer.kind}${status} | ${where} | ${cell(consumer.service ?? '')} | ${consumer.access ?? ''} | ${consumer.symbol !== undefined ? `\`${consumer.symbol}\`` : ''} |`;
}

/** An api consumer's place, how it was found, its contract's fate, and its chain collapsed: `<details>` in the cell, a `<br>` per hop. */
function apiCell(consumer: Consumer, apiChanges: readonly ApiChange[]): string {
  const evidence = apiEvidence(consumer);
  const note = contractNote(consumer, apiChanges);
  const hops = chainLines(consumer);
  const chain = hops.length === 0 ? '' : ` <details><summary>chain</summary>${hops.map((hop) => `<code>${cell(hop)}</code>`).join('<br>')}</details>`;
  return `\`${consumer.operation ?? ''}\` \`${apiPlace(consumer)}\`${evidence === '' ? '' : ` (${cell(evidence)})`}${note === '' ? '' : `<br>${cell(note)}`}${chain}`;
}

/** Text inside a table cell: no pipes or newlines, no HTML. */
function cell(text: string): string {
  return escapeInline(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function escapeInline(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `2 db-object · 5 code · 1 job` */
function consumerCounts(change: ImpactedChange): string {
  if (change.consumers.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const consumer of change.consumers) counts.set(consumer.kind, (counts.get(consumer.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(' · ');
}
