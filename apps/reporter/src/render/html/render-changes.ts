import type { ApiChange, Consumer, ConsumerKind, ImpactedChange } from '@ripple/model';
import { compareStrings } from '@ripple/model';
import { html, type Html } from './html-template.js';
import { apiEvidence, apiWhere, chainLines, clientEvidence, contractNote } from '../api-evidence.js';

/** The consumer kinds in the order the report groups them, with their group titles. */
export const CONSUMER_KINDS: readonly { readonly kind: ConsumerKind; readonly title: string }[] = [
  { kind: 'db-object', title: 'Database objects' },
  { kind: 'code', title: 'Code' },
  { kind: 'job', title: 'Jobs' },
  { kind: 'test', title: 'Tests' },
  { kind: 'api', title: 'API operations' },
  { kind: 'client', title: 'API clients' },
];

/** One collapsible block per change; its consumers grouped by kind, each a row the search and filters act on. */
export function renderChanges(changes: readonly ImpactedChange[], apiChanges: readonly ApiChange[]): Html {
  if (changes.length === 0) return html`<p class="empty">No column changes.</p>`;
  return html`${changes.map((change) => renderChange(change, apiChanges))}`;
}

function renderChange(change: ImpactedChange, apiChanges: readonly ApiChange[]): Html {
  const name = `${change.table}.${change.column}`;
  const withStatus = (status: Consumer['status']): number => change.consumers.filter((consumer) => consumer.status === status).length;
  const counts = [
    `${change.consumers.length} consumer${change.consumers.length === 1 ? '' : 's'}`,
    ...(withStatus('forgotten') > 0 ? [`${withStatus('forgotten')} forgotten`] : []),
    ...(withStatus('handled') > 0 ? [`${withStatus('handled')} handled`] : []),
  ].join(', ');
  const migration = change.migration ? html` <span class="where">${change.migration.file}:${change.migration.line}</span>` : undefined;
  const groups = CONSUMER_KINDS.map(({ kind, title }) => {
    const consumers = change.consumers.filter((consumer) => consumer.kind === kind).sort(compareConsumers);
    if (consumers.length === 0) return html``;
    return html`<div class="consumer-group" data-kind="${kind}"><h4>${title} <span class="count">${consumers.length}</span></h4>
<table class="consumers"><tbody>
${consumers.map((consumer) => renderConsumer(change, name, consumer, apiChanges))}</tbody></table></div>
`;
  });
  return html`<details class="change sev-${change.severity}" open data-change="${change.id}" data-severity="${change.severity}">
<summary><span class="badge sev-${change.severity}">${change.severity}</span> <code class="column-name">${name}</code> <span class="change-summary">${change.summary}</span>${migration} <span class="count">${counts}</span></summary>
${change.consumers.length === 0 ? html`<p class="empty">No consumers found.</p>\n` : groups}</details>
`;
}

function renderConsumer(change: ImpactedChange, name: string, consumer: Consumer, apiChanges: readonly ApiChange[]): Html {
  const search = [name, change.kind, consumer.kind, where(consumer), consumer.symbol, consumer.service, consumer.access, consumer.adapter, consumer.status, consumer.pointer]
    .filter((part): part is string => part !== undefined && part.length > 0)
    .join(' ')
    .toLowerCase();
  const status = consumer.status !== undefined ? html`<span class="status status-${consumer.status}">${consumer.status}</span>` : undefined;
  const evidence = consumer.kind === 'api' ? apiEvidence(consumer) : consumer.kind === 'client' ? clientEvidence(consumer) : '';
  const detail = [consumer.symbol, consumer.access, consumer.service, consumer.adapter, evidence === '' ? undefined : evidence].filter((part) => part !== undefined).join(' · ');
  const note = consumer.kind === 'api' ? contractNote(consumer, apiChanges) : '';
  const contract = note === '' ? undefined : html`<p class="contract contract-${consumer.contract?.status ?? ''}">${note}</p>`;
  const hops = chainLines(consumer);
  const chain = hops.length === 0 ? undefined : html`<details class="chain"><summary>chain</summary><ol>${hops.map((hop) => html`<li><code>${hop}</code></li>`)}</ol></details>`;
  return html`<tr class="consumer" data-kind="${consumer.kind}" data-severity="${change.severity}" data-search="${search}"><td class="kind">${consumer.kind}</td><td class="where"><code>${where(consumer)}</code></td><td class="detail">${detail}${contract}${chain}</td><td class="state">${status}</td></tr>
`;
}

/** `services/billing/src/invoice.ts:21`, `view public.customer_emails`, `GET /customers openapi/base.yaml#/…` */
function where(consumer: Consumer): string {
  if (consumer.kind === 'db-object') return consumer.object ?? '';
  if (consumer.kind === 'api') return apiWhere(consumer);
  return consumer.line !== undefined ? `${consumer.file ?? ''}:${consumer.line}` : (consumer.file ?? '');
}

function compareConsumers(a: Consumer, b: Consumer): number {
  return (
    compareStrings(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareStrings(where(a), where(b)) ||
    compareStrings(a.access ?? '', b.access ?? '') ||
    compareStrings(a.symbol ?? '', b.symbol ?? '')
  );
}
