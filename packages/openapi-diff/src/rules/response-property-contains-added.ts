import type { RuleSpec } from './rule.js';

export const responsePropertyContainsAdded: RuleSpec = {
  id: 'response-property-contains-added',
  level: 'info',
  site: 'response-property',
  change: 'contains-added',
  summary: 'contains added',
  docs: 'A `contains` schema was added: the array must hold at least one item matching it. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
