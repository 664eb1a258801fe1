import type { RuleSpec } from './rule.js';

export const responseBodyIfAdded: RuleSpec = {
  id: 'response-body-if-added',
  level: 'info',
  site: 'response-body',
  change: 'if-added',
  summary: 'if added',
  docs: 'An `if` condition was added (with `then`/`else` it constrains the value conditionally). Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
