import type { RuleSpec } from './rule.js';

export const requestBodyThenAdded: RuleSpec = {
  id: 'request-body-then-added',
  level: 'error',
  site: 'request-body',
  change: 'then-added',
  summary: 'then added',
  docs: 'A `then` schema was added: values meeting `if` must also match it. Here it applies to the request body. Clients sending such values that do not match it are rejected.',
  oasdiff: true,
};
