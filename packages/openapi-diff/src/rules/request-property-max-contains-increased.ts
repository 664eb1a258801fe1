import type { RuleSpec } from './rule.js';

export const requestPropertyMaxContainsIncreased: RuleSpec = {
  id: 'request-property-max-contains-increased',
  level: 'info',
  site: 'request-property',
  change: 'max-contains-increased',
  summary: 'max contains increased',
  docs: '`maxContains` increased or was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
