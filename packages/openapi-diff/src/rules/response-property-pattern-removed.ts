import type { RuleSpec } from './rule.js';

export const responsePropertyPatternRemoved: RuleSpec = {
  id: 'response-property-pattern-removed',
  level: 'info',
  site: 'response-property',
  change: 'pattern-removed',
  summary: 'pattern removed',
  docs: '`pattern` was removed. Here it applies to a response property. Clients parsing the old format break on strings that do not follow it.',
  oasdiff: true,
};
