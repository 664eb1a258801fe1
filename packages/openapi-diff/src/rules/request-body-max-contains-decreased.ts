import type { RuleSpec } from './rule.js';

export const requestBodyMaxContainsDecreased: RuleSpec = {
  id: 'request-body-max-contains-decreased',
  level: 'error',
  site: 'request-body',
  change: 'max-contains-decreased',
  summary: 'max contains decreased',
  docs: '`maxContains` decreased or was set. Here it applies to the request body. Clients sending more matching items are rejected.',
  oasdiff: true,
};
