import type { RuleSpec } from './rule.js';

export const responsePropertyPatternPropertyAdded: RuleSpec = {
  id: 'response-property-pattern-property-added',
  level: 'info',
  site: 'response-property',
  change: 'pattern-property-added',
  summary: 'pattern property added',
  docs: 'A `patternProperties` entry was added: properties whose names match the pattern must match its schema. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
