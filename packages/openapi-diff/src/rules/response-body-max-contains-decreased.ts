import type { RuleSpec } from './rule.js';

export const responseBodyMaxContainsDecreased: RuleSpec = {
  id: 'response-body-max-contains-decreased',
  level: 'info',
  site: 'response-body',
  change: 'max-contains-decreased',
  summary: 'max contains decreased',
  docs: '`maxContains` decreased or was set. Here it applies to the response body. Responses hold fewer matching items: not breaking.',
  oasdiff: true,
};
