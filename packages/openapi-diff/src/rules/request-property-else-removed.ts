import type { RuleSpec } from './rule.js';

export const requestPropertyElseRemoved: RuleSpec = {
  id: 'request-property-else-removed',
  level: 'info',
  site: 'request-property',
  change: 'else-removed',
  summary: 'else removed',
  docs: 'The `else` schema was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
