import type { RuleSpec } from './rule.js';

export const responseBodyThenRemoved: RuleSpec = {
  id: 'response-body-then-removed',
  level: 'error',
  site: 'response-body',
  change: 'then-removed',
  summary: 'then removed',
  docs: 'The `then` schema was removed. Here it applies to the response body. Clients can no longer rely on what it promised.',
  oasdiff: true,
};
