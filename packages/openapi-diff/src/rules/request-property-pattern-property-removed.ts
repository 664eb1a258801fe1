import type { RuleSpec } from './rule.js';

export const requestPropertyPatternPropertyRemoved: RuleSpec = {
  id: 'request-property-pattern-property-removed',
  level: 'info',
  site: 'request-property',
  change: 'pattern-property-removed',
  summary: 'pattern property removed',
  docs: 'A `patternProperties` entry was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
