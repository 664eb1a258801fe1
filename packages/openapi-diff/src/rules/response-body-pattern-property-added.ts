import type { RuleSpec } from './rule.js';

export const responseBodyPatternPropertyAdded: RuleSpec = {
  id: 'response-body-pattern-property-added',
  level: 'info',
  site: 'response-body',
  change: 'pattern-property-added',
  summary: 'pattern property added',
  docs: 'A `patternProperties` entry was added: properties whose names match the pattern must match its schema. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
