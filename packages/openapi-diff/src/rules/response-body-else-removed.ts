import type { RuleSpec } from './rule.js';

export const responseBodyElseRemoved: RuleSpec = {
  id: 'response-body-else-removed',
  level: 'error',
  site: 'response-body',
  change: 'else-removed',
  summary: 'else removed',
  docs: 'The `else` schema was removed. Here it applies to the response body. Clients can no longer rely on what it promised.',
  oasdiff: true,
};
