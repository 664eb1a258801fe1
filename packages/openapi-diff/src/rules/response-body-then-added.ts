import type { RuleSpec } from './rule.js';

export const responseBodyThenAdded: RuleSpec = {
  id: 'response-body-then-added',
  level: 'info',
  site: 'response-body',
  change: 'then-added',
  summary: 'then added',
  docs: 'A `then` schema was added: values meeting `if` must also match it. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
