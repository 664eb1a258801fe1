import type { RuleSpec } from './rule.js';

export const requestParameterExclusiveMaxSet: RuleSpec = {
  id: 'request-parameter-exclusive-max-set',
  level: 'warning',
  site: 'request-parameter',
  change: 'exclusive-max-set',
  summary: 'exclusive max set',
  docs: 'An `exclusiveMaximum` was added. Here it applies to a request parameter. Clients sending values at or above it are rejected.',
  oasdiff: true,
};
