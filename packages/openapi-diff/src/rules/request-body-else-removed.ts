import type { RuleSpec } from './rule.js';

export const requestBodyElseRemoved: RuleSpec = {
  id: 'request-body-else-removed',
  level: 'info',
  site: 'request-body',
  change: 'else-removed',
  summary: 'else removed',
  docs: 'The `else` schema was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
