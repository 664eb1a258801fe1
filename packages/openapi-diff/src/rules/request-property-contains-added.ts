import type { RuleSpec } from './rule.js';

export const requestPropertyContainsAdded: RuleSpec = {
  id: 'request-property-contains-added',
  level: 'error',
  site: 'request-property',
  change: 'contains-added',
  summary: 'contains added',
  docs: 'A `contains` schema was added: the array must hold at least one item matching it. Here it applies to a request property. Clients sending arrays without such an item are rejected.',
  oasdiff: true,
};
