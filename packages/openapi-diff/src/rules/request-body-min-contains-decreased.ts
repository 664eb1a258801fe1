import type { RuleSpec } from './rule.js';

export const requestBodyMinContainsDecreased: RuleSpec = {
  id: 'request-body-min-contains-decreased',
  level: 'info',
  site: 'request-body',
  change: 'min-contains-decreased',
  summary: 'min contains decreased',
  docs: '`minContains` decreased (absent is 1). Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
