import type { RuleSpec } from './rule.js';

export const requestPropertyThenAdded: RuleSpec = {
  id: 'request-property-then-added',
  level: 'error',
  site: 'request-property',
  change: 'then-added',
  summary: 'then added',
  docs: 'A `then` schema was added: values meeting `if` must also match it. Here it applies to a request property. Clients sending such values that do not match it are rejected.',
  oasdiff: true,
};
