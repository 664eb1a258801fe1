import type { RuleSpec } from './rule.js';

export const responseBodyElseAdded: RuleSpec = {
  id: 'response-body-else-added',
  level: 'info',
  site: 'response-body',
  change: 'else-added',
  summary: 'else added',
  docs: 'An `else` schema was added: values not meeting `if` must match it. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
