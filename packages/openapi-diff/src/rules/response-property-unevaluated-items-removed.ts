import type { RuleSpec } from './rule.js';

export const responsePropertyUnevaluatedItemsRemoved: RuleSpec = {
  id: 'response-property-unevaluated-items-removed',
  level: 'error',
  site: 'response-property',
  change: 'unevaluated-items-removed',
  summary: 'unevaluated items removed',
  docs: '`unevaluatedItems` was removed. Here it applies to a response property. Clients may meet items they do not expect.',
  oasdiff: true,
};
