import type { RuleSpec } from './rule.js';

export const responseBodyContainsAdded: RuleSpec = {
  id: 'response-body-contains-added',
  level: 'info',
  site: 'response-body',
  change: 'contains-added',
  summary: 'contains added',
  docs: 'A `contains` schema was added: the array must hold at least one item matching it. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
