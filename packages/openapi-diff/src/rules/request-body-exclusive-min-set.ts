import type { RuleSpec } from './rule.js';

export const requestBodyExclusiveMinSet: RuleSpec = {
  id: 'request-body-exclusive-min-set',
  level: 'warning',
  site: 'request-body',
  change: 'exclusive-min-set',
  summary: 'exclusive min set',
  docs: 'An `exclusiveMinimum` was added. Here it applies to the request body. Clients sending values at or below it are rejected.',
  oasdiff: true,
};
