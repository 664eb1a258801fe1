import type { RuleSpec } from './rule.js';

export const responseBodyMinContainsDecreased: RuleSpec = {
  id: 'response-body-min-contains-decreased',
  level: 'error',
  site: 'response-body',
  change: 'min-contains-decreased',
  summary: 'min contains decreased',
  docs: '`minContains` decreased (absent is 1). Here it applies to the response body. Clients relying on the old minimum may meet fewer matching items.',
  oasdiff: true,
};
