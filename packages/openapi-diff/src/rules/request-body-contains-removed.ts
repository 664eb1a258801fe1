import type { RuleSpec } from './rule.js';

export const requestBodyContainsRemoved: RuleSpec = {
  id: 'request-body-contains-removed',
  level: 'info',
  site: 'request-body',
  change: 'contains-removed',
  summary: 'contains removed',
  docs: 'The `contains` schema was removed: the array need not hold a matching item. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
