import type { RuleSpec } from './rule.js';

export const responseBodyPatternPropertyRemoved: RuleSpec = {
  id: 'response-body-pattern-property-removed',
  level: 'error',
  site: 'response-body',
  change: 'pattern-property-removed',
  summary: 'pattern property removed',
  docs: 'A `patternProperties` entry was removed. Here it applies to the response body. Clients may meet such properties with any value.',
  oasdiff: true,
};
