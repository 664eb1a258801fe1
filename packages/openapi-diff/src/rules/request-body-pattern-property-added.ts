import type { RuleSpec } from './rule.js';

export const requestBodyPatternPropertyAdded: RuleSpec = {
  id: 'request-body-pattern-property-added',
  level: 'error',
  site: 'request-body',
  change: 'pattern-property-added',
  summary: 'pattern property added',
  docs: 'A `patternProperties` entry was added: properties whose names match the pattern must match its schema. Here it applies to the request body. Clients sending such properties with other values are rejected.',
  oasdiff: true,
};
