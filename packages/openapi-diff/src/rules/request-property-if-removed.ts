import type { RuleSpec } from './rule.js';

export const requestPropertyIfRemoved: RuleSpec = {
  id: 'request-property-if-removed',
  level: 'info',
  site: 'request-property',
  change: 'if-removed',
  summary: 'if removed',
  docs: 'The `if` condition was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
