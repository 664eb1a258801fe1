import type { RuleSpec } from './rule.js';

export const requestBodyPatternPropertyRemoved: RuleSpec = {
  id: 'request-body-pattern-property-removed',
  level: 'info',
  site: 'request-body',
  change: 'pattern-property-removed',
  summary: 'pattern property removed',
  docs: 'A `patternProperties` entry was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
