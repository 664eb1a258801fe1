import type { RuleSpec } from './rule.js';

export const requestBodyMaxContainsIncreased: RuleSpec = {
  id: 'request-body-max-contains-increased',
  level: 'info',
  site: 'request-body',
  change: 'max-contains-increased',
  summary: 'max contains increased',
  docs: '`maxContains` increased or was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
