import type { RuleSpec } from './rule.js';

export const responseBodyUnevaluatedItemsAdded: RuleSpec = {
  id: 'response-body-unevaluated-items-added',
  level: 'info',
  site: 'response-body',
  change: 'unevaluated-items-added',
  summary: 'unevaluated items added',
  docs: '`unevaluatedItems` was added: items no other keyword covers are constrained. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
