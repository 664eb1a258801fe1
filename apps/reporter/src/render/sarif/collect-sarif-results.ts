import type { Access, ApiChange, ChainHop, Consumer, Finding, ImpactedChange, ImpactReport, Level } from '@ripple/model';
import { fingerprint } from '@ripple/model';

/** One result before it becomes SARIF: what to say, where, and the parts of its stable fingerprint. */
export interface SarifDraft {
  readonly ruleId: string;
  readonly level: Level;
  readonly message: string;
  readonly file: string;
  /** Absent for API changes: a spec pointer has no line. */
  readonly line?: number;
  readonly column?: number;
  /** The migration that makes the change, for consumer results. */
  readonly related?: { readonly file: string; readonly line: number };
  /** For an api consumer found by data flow: its hops, each a related location. */
  readonly chain?: readonly ChainHop[];
  /** Stable across line shifts: rule, subject, file and symbol, not the line. */
  readonly fingerprint: string;
  readonly properties: Readonly<Record<string, string | number>>;
}

const CONSUMERS_WITH_A_LINE: ReadonlySet<Consumer['kind']> = new Set(['code', 'job', 'test', 'client']);

const VERB: Readonly<Record<Access, string>> = {
  definition: 'declares',
  read: 'reads',
  write: 'writes',
  filter: 'filters on',
  order: 'orders by',
};

/**
 * Every result the SARIF log reports: forgotten consumers (`forgotten-consumer`), code/job/client consumers without
 * a status of an error or warning change (rule id = the change kind), lint findings, and API changes at error or
 * warning, and api consumers found by data flow of such a change (at the route's handler, every hop of the chain a
 * related location). Handled consumers, db-object consumers, api consumers found by name, and info-level changes are
 * not code-scanning alerts.
 */
export function collectSarifResults(report: ImpactReport): readonly SarifDraft[] {
  const drafts: SarifDraft[] = [];
  for (const change of report.changes) {
    for (const consumer of change.consumers) {
      const draft = consumerDraft(change, consumer);
      if (draft) drafts.push(draft);
    }
  }
  for (const finding of report.findings) drafts.push(findingDraft(finding));
  for (const apiChange of report.apiChanges) {
    if (apiChange.level !== 'info') drafts.push(apiChangeDraft(apiChange));
  }
  return drafts;
}

function consumerDraft(change: ImpactedChange, consumer: Consumer): SarifDraft | undefined {
  if (consumer.kind === 'api') return apiConsumerDraft(change, consumer);
  if (!CONSUMERS_WITH_A_LINE.has(consumer.kind) || consumer.file === undefined || consumer.line === undefined) return undefined;
  if (consumer.status === 'handled') return undefined;
  const forgotten = consumer.status === 'forgotten';
  if (!forgotten && change.severity === 'info') return undefined;
  const ruleId = forgotten ? 'forgotten-consumer' : change.kind;
  const verb = consumer.access !== undefined ? VERB[consumer.access] : 'uses';
  const migration = change.migration ? ` in ${change.migration.file}:${change.migration.line}` : '';
  // A client names the API field that carries the column, not the column.
  const what =
    consumer.kind === 'client' && consumer.field !== undefined
      ? `${consumer.field}${consumer.operation === undefined ? '' : ` of ${consumer.operation}`}, which carries ${change.table}.${change.column}`
      : `${change.table}.${change.column}`;
  const message = `${consumer.file}:${consumer.line} ${forgotten ? 'still ' : ''}${verb} ${what}, ${change.summary}${migration}`;
  return {
    ruleId,
    level: change.severity,
    message,
    file: consumer.file,
    line: consumer.line,
    ...(change.migration ? { related: { file: change.migration.file, line: change.migration.line } } : {}),
    fingerprint: fingerprint(ruleId, change.id, consumer.file, consumer.symbol ?? '', consumer.access ?? ''),
    properties: definedEntries({
      change: change.id,
      consumerKind: consumer.kind,
      service: consumer.service,
      symbol: consumer.symbol,
      access: consumer.access,
      adapter: consumer.adapter,
      status: consumer.status,
    }),
  };
}

/** `GET /members/{id} response .email carries public.accounts.contact_email, renamed to email`, at the handler. */
function apiConsumerDraft(change: ImpactedChange, consumer: Consumer): SarifDraft | undefined {
  const handler = consumer.chain?.[consumer.chain.length - 1];
  if (!handler || change.severity === 'info') return undefined;
  const field = consumer.field !== undefined && consumer.field !== '' ? ` .${consumer.field}` : '';
  const migration = change.migration ? ` in ${change.migration.file}:${change.migration.line}` : '';
  return {
    ruleId: change.kind,
    level: change.severity,
    message: `${consumer.operation ?? ''} ${consumer.direction ?? ''}${field} carries ${change.table}.${change.column}, ${change.summary}${migration}`,
    file: handler.file,
    line: handler.line,
    ...(change.migration ? { related: { file: change.migration.file, line: change.migration.line } } : {}),
    chain: consumer.chain!,
    fingerprint: fingerprint(change.kind, change.id, consumer.operation ?? '', consumer.direction ?? '', consumer.field ?? '', consumer.pointer ?? ''),
    properties: definedEntries({ change: change.id, consumerKind: consumer.kind, service: consumer.service, symbol: consumer.symbol, operation: consumer.operation, pointer: consumer.pointer }),
  };
}

function findingDraft(finding: Finding): SarifDraft {
  const { file, line, column } = finding.location;
  return {
    ruleId: finding.id,
    level: finding.level,
    message: finding.message,
    file,
    line,
    ...(column !== undefined ? { column } : {}),
    fingerprint: finding.fingerprint,
    properties: {},
  };
}

function apiChangeDraft(apiChange: ApiChange): SarifDraft {
  return {
    ruleId: apiChange.id,
    level: apiChange.level,
    message: `${apiChange.operation}: ${apiChange.message} (${formatPointer(apiChange)})`,
    file: apiChange.file,
    fingerprint: apiChange.fingerprint,
    properties: definedEntries({ operation: apiChange.operation, pointer: apiChange.pointer, property: apiChange.property }),
  };
}

/** `openapi/base.yaml#/components/schemas/Customer/properties/email` */
function formatPointer(apiChange: ApiChange): string {
  return `${apiChange.file}#${apiChange.pointer}`;
}

function definedEntries(entries: Readonly<Record<string, string | undefined>>): Readonly<Record<string, string>> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) defined[key] = value;
  return defined;
}
