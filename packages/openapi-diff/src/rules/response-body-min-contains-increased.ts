import type { RuleSpec } from './rule.js';

export const responseBodyMinContainsIncreased: RuleSpec = {
  id: 'response-body-min-contains-increased',
  level: 'info',
  site: 'response-body',
  change: 'min-contains-increased',
  summary: 'min contains increased',
  docs: '`minContains` increased (absent is 1). Here it applies to the response body. Responses hold more matching items: not breaking.',
  oasdiff: true,
};
