import type { RuleSpec } from './rule.js';

export const responsePropertyContainsRemoved: RuleSpec = {
  id: 'response-property-contains-removed',
  level: 'error',
  site: 'response-property',
  change: 'contains-removed',
  summary: 'contains removed',
  docs: 'The `contains` schema was removed: the array need not hold a matching item. Here it applies to a response property. Clients relying on a matching item may not find one.',
  oasdiff: true,
};
