import type { RuleSpec } from './rule.js';

export const responsePropertyPatternPropertyRemoved: RuleSpec = {
  id: 'response-property-pattern-property-removed',
  level: 'error',
  site: 'response-property',
  change: 'pattern-property-removed',
  summary: 'pattern property removed',
  docs: 'A `patternProperties` entry was removed. Here it applies to a response property. Clients may meet such properties with any value.',
  oasdiff: true,
};
