import type { RuleSpec } from './rule.js';

export const requestPropertyContainsRemoved: RuleSpec = {
  id: 'request-property-contains-removed',
  level: 'info',
  site: 'request-property',
  change: 'contains-removed',
  summary: 'contains removed',
  docs: 'The `contains` schema was removed: the array need not hold a matching item. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
