import type { RuleSpec } from './rule.js';

export const requestBodyExclusiveMaxSet: RuleSpec = {
  id: 'request-body-exclusive-max-set',
  level: 'warning',
  site: 'request-body',
  change: 'exclusive-max-set',
  summary: 'exclusive max set',
  docs: 'An `exclusiveMaximum` was added. Here it applies to the request body. Clients sending values at or above it are rejected.',
  oasdiff: true,
};
