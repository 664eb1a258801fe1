import type { RuleSpec } from './rule.js';

export const requestPropertyIfAdded: RuleSpec = {
  id: 'request-property-if-added',
  level: 'error',
  site: 'request-property',
  change: 'if-added',
  summary: 'if added',
  docs: 'An `if` condition was added (with `then`/`else` it constrains the value conditionally). Here it applies to a request property. Clients may have to meet conditional constraints they did not before.',
  oasdiff: true,
};
