import type { RuleSpec } from './rule.js';

export const requestBodyThenRemoved: RuleSpec = {
  id: 'request-body-then-removed',
  level: 'info',
  site: 'request-body',
  change: 'then-removed',
  summary: 'then removed',
  docs: 'The `then` schema was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
