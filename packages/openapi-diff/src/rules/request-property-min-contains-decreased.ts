import type { RuleSpec } from './rule.js';

export const requestPropertyMinContainsDecreased: RuleSpec = {
  id: 'request-property-min-contains-decreased',
  level: 'info',
  site: 'request-property',
  change: 'min-contains-decreased',
  summary: 'min contains decreased',
  docs: '`minContains` decreased (absent is 1). Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
