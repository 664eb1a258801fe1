import type { RuleSpec } from './rule.js';

export const requestBodyContainsAdded: RuleSpec = {
  id: 'request-body-contains-added',
  level: 'error',
  site: 'request-body',
  change: 'contains-added',
  summary: 'contains added',
  docs: 'A `contains` schema was added: the array must hold at least one item matching it. Here it applies to the request body. Clients sending arrays without such an item are rejected.',
  oasdiff: true,
};
