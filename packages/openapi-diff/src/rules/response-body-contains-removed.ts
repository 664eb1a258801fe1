import type { RuleSpec } from './rule.js';

export const responseBodyContainsRemoved: RuleSpec = {
  id: 'response-body-contains-removed',
  level: 'error',
  site: 'response-body',
  change: 'contains-removed',
  summary: 'contains removed',
  docs: 'The `contains` schema was removed: the array need not hold a matching item. Here it applies to the response body. Clients relying on a matching item may not find one.',
  oasdiff: true,
};
