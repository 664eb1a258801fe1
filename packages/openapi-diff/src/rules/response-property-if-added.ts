import type { RuleSpec } from './rule.js';

export const responsePropertyIfAdded: RuleSpec = {
  id: 'response-property-if-added',
  level: 'info',
  site: 'response-property',
  change: 'if-added',
  summary: 'if added',
  docs: 'An `if` condition was added (with `then`/`else` it constrains the value conditionally). Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
