import type { ApiChange, Consumer } from '@ripple/model';

/**
 * Where an api consumer is: `GET /members/{id} services/members-api/openapi.json#/components/...` for a spec field,
 * `GET /members/{id} services/members-api/src/members.controller.ts:19` for a route no spec describes.
 */
export function apiWhere(consumer: Consumer): string {
  return `${consumer.operation ?? ''} ${apiPlace(consumer)}`.trim();
}

/** The spec field (`file#pointer`) or, with no spec, the route's handler (`file:line`). */
export function apiPlace(consumer: Consumer): string {
  if (consumer.pointer !== undefined) return `${consumer.file ?? ''}#${consumer.pointer}`;
  return consumer.line !== undefined ? `${consumer.file ?? ''}:${consumer.line}` : (consumer.file ?? '');
}

/** How an api consumer was found: `response .email, data flow (5 hops)`, `name-match`. */
export function apiEvidence(consumer: Consumer): string {
  if (consumer.confidence === 'name-match') return 'name-match';
  if (consumer.chain === undefined) return '';
  const field = consumer.field !== undefined && consumer.field !== '' ? ` .${consumer.field}` : '';
  return `${consumer.direction ?? ''}${field}, data flow (${consumer.chain.length} hop${consumer.chain.length === 1 ? '' : 's'})`;
}

/** One line per hop of an api consumer's chain: `services/members-api/src/member.mapper.ts:9  object literal .email`. */
export function chainLines(consumer: Consumer): readonly string[] {
  return (consumer.chain ?? []).map((hop) => `${hop.file}:${hop.line}  ${hop.step}`);
}

/**
 * What the column change does to the contract an api consumer is a field of: `contract preserved: the head spec
 * keeps this field, mapped at services/members-api/src/members/member.mapper.ts:9 (object literal .email)`, or
 * `contract changed by the head spec: response-property-removed`; empty when the report could not tell.
 */
export function contractNote(consumer: Consumer, apiChanges: readonly ApiChange[]): string {
  const contract = consumer.contract;
  if (contract === undefined) return '';
  if (contract.status === 'preserved') {
    const mapping = contract.mapping;
    return `contract preserved: the head spec keeps this field${mapping === undefined ? '' : `, mapped at ${mapping.file}:${mapping.line} (${mapping.step})`}`;
  }
  const fingerprints = new Set(contract.apiChanges ?? []);
  const ids = [...new Set(apiChanges.filter((change) => fingerprints.has(change.fingerprint)).map((change) => change.id))].sort();
  return `contract changed by the head spec: ${ids.length > 0 ? ids.join(', ') : `${fingerprints.size} API change${fingerprints.size === 1 ? '' : 's'}`}`;
}

/** The column changes that feed the field an API change is about: `fed by column-renamed:public.accounts.contact_email`. */
export function fedByNote(change: ApiChange): string {
  return change.columnChanges === undefined || change.columnChanges.length === 0 ? '' : `fed by ${[...change.columnChanges].sort().join(', ')}`;
}

/** What a client consumer stands for: `Account.contactEmail via GET /accounts/{id}`, `, name-match` when its operation's is. */
export function clientEvidence(consumer: Consumer): string {
  const via = consumer.operation === undefined ? '' : ` via ${consumer.operation}`;
  return `${consumer.field ?? ''}${via}${consumer.confidence === 'name-match' ? ', name-match' : ''}`.trim();
}
