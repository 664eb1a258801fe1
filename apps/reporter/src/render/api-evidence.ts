import type { Consumer } from '@ripple/model';

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
