import type { RuleSpec } from './rule.js';

export const requestBodyElseAdded: RuleSpec = {
  id: 'request-body-else-added',
  level: 'error',
  site: 'request-body',
  change: 'else-added',
  summary: 'else added',
  docs: 'An `else` schema was added: values not meeting `if` must match it. Here it applies to the request body. Clients sending such values that do not match it are rejected.',
  oasdiff: true,
};
