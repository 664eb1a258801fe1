import type { RuleSpec } from './rule.js';

export const requestPropertyUnevaluatedItemsAdded: RuleSpec = {
  id: 'request-property-unevaluated-items-added',
  level: 'error',
  site: 'request-property',
  change: 'unevaluated-items-added',
  summary: 'unevaluated items added',
  docs: '`unevaluatedItems` was added: items no other keyword covers are constrained. Here it applies to a request property. Clients sending such items may be rejected.',
  oasdiff: true,
};
