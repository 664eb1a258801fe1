import type { RuleSpec } from './rule.js';

export const responseBodyIfRemoved: RuleSpec = {
  id: 'response-body-if-removed',
  level: 'error',
  site: 'response-body',
  change: 'if-removed',
  summary: 'if removed',
  docs: 'The `if` condition was removed. Here it applies to the response body. Clients can no longer rely on the conditional constraints.',
  oasdiff: true,
};
