import { compareStrings, type ApiChange, type Consumer, type Diagnostic, type Finding, type ImpactedChange, type ImpactReport } from '@ripple/model';

/**
 * The one order of every list in a report: changes by table, column and kind; consumers database objects first, then
 * by file and line, test consumers apart after all others; API changes by file, operation, id and pointer; findings
 * and diagnostics by location. The join produces it and every renderer re-applies it, so a hand-edited or older
 * saved report renders the same bytes.
 */
export function sortImpactReport(report: ImpactReport): ImpactReport {
  return {
    ...report,
    changes: report.changes.map((change) => ({ ...change, consumers: [...change.consumers].sort(compareConsumers) })).sort(compareChanges),
    apiChanges: [...report.apiChanges].sort(compareApiChanges),
    findings: [...report.findings].sort(compareFindings),
    diagnostics: [...report.diagnostics].sort(compareDiagnostics),
  };
}

const CONSUMER_KIND_ORDER: Readonly<Record<Consumer['kind'], number>> = { 'db-object': 0, job: 1, api: 2, client: 3, code: 4, test: 5 };

export function compareConsumers(a: Consumer, b: Consumer): number {
  return (
    Number(a.kind === 'test') - Number(b.kind === 'test') ||
    compareStrings(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    CONSUMER_KIND_ORDER[a.kind] - CONSUMER_KIND_ORDER[b.kind] ||
    compareStrings(a.object ?? '', b.object ?? '') ||
    compareStrings(a.operation ?? '', b.operation ?? '') ||
    compareStrings(a.pointer ?? '', b.pointer ?? '') ||
    compareStrings(a.access ?? '', b.access ?? '') ||
    compareStrings(a.symbol ?? '', b.symbol ?? '')
  );
}

function compareChanges(a: ImpactedChange, b: ImpactedChange): number {
  return compareStrings(a.table, b.table) || compareStrings(a.column, b.column) || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id);
}

function compareApiChanges(a: ApiChange, b: ApiChange): number {
  return compareStrings(a.file, b.file) || compareStrings(a.operation, b.operation) || compareStrings(a.id, b.id) || compareStrings(a.pointer, b.pointer);
}

function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.location.file, b.location.file) || a.location.line - b.location.line || compareStrings(a.id, b.id);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareStrings(a.location.file, b.location.file) || a.location.line - b.location.line || compareStrings(a.code, b.code);
}
