import type { RuleSpec } from './rule.js';

export const requestBodyIfAdded: RuleSpec = {
  id: 'request-body-if-added',
  level: 'error',
  site: 'request-body',
  change: 'if-added',
  summary: 'if added',
  docs: 'An `if` condition was added (with `then`/`else` it constrains the value conditionally). Here it applies to the request body. Clients may have to meet conditional constraints they did not before.',
  oasdiff: true,
};
