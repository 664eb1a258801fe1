import type { RuleSpec } from './rule.js';

export const requestPropertyPatternPropertyAdded: RuleSpec = {
  id: 'request-property-pattern-property-added',
  level: 'error',
  site: 'request-property',
  change: 'pattern-property-added',
  summary: 'pattern property added',
  docs: 'A `patternProperties` entry was added: properties whose names match the pattern must match its schema. Here it applies to a request property. Clients sending such properties with other values are rejected.',
  oasdiff: true,
};
