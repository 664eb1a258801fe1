import type { RuleSpec } from './rule.js';

export const responseBodyMaxContainsIncreased: RuleSpec = {
  id: 'response-body-max-contains-increased',
  level: 'error',
  site: 'response-body',
  change: 'max-contains-increased',
  summary: 'max contains increased',
  docs: '`maxContains` increased or was removed. Here it applies to the response body. Clients may meet more matching items than they allow for.',
  oasdiff: true,
};
