import type { RuleSpec } from './rule.js';

export const requestBodyIfRemoved: RuleSpec = {
  id: 'request-body-if-removed',
  level: 'info',
  site: 'request-body',
  change: 'if-removed',
  summary: 'if removed',
  docs: 'The `if` condition was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
