import type { RuleSpec } from './rule.js';

export const requestBodyMinSet: RuleSpec = {
  id: 'request-body-min-set',
  level: 'warning',
  site: 'request-body',
  change: 'min-set',
  summary: 'min set',
  docs: 'A `minimum` was added. Here it applies to the request body. Clients sending smaller values are rejected.',
  oasdiff: true,
};
