import type { RuleSpec } from './rule.js';

export const requestBodyUnevaluatedItemsAdded: RuleSpec = {
  id: 'request-body-unevaluated-items-added',
  level: 'error',
  site: 'request-body',
  change: 'unevaluated-items-added',
  summary: 'unevaluated items added',
  docs: '`unevaluatedItems` was added: items no other keyword covers are constrained. Here it applies to the request body. Clients sending such items may be rejected.',
  oasdiff: true,
};
