import type { RuleSpec } from './rule.js';

export const requestBodyMinContainsIncreased: RuleSpec = {
  id: 'request-body-min-contains-increased',
  level: 'error',
  site: 'request-body',
  change: 'min-contains-increased',
  summary: 'min contains increased',
  docs: '`minContains` increased (absent is 1). Here it applies to the request body. Clients sending fewer matching items are rejected.',
  oasdiff: true,
};
