import type { RuleSpec } from './rule.js';

export const requestPropertyElseAdded: RuleSpec = {
  id: 'request-property-else-added',
  level: 'error',
  site: 'request-property',
  change: 'else-added',
  summary: 'else added',
  docs: 'An `else` schema was added: values not meeting `if` must match it. Here it applies to a request property. Clients sending such values that do not match it are rejected.',
  oasdiff: true,
};
