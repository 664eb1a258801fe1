import type { RuleSpec } from './rule.js';

export const responsePropertyUnevaluatedItemsAdded: RuleSpec = {
  id: 'response-property-unevaluated-items-added',
  level: 'info',
  site: 'response-property',
  change: 'unevaluated-items-added',
  summary: 'unevaluated items added',
  docs: '`unevaluatedItems` was added: items no other keyword covers are constrained. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
