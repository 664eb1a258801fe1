import type { RuleSpec } from './rule.js';

export const requestPropertyExclusiveMaxSet: RuleSpec = {
  id: 'request-property-exclusive-max-set',
  level: 'warning',
  site: 'request-property',
  change: 'exclusive-max-set',
  summary: 'exclusive max set',
  docs: 'An `exclusiveMaximum` was added. Here it applies to a request property. Clients sending values at or above it are rejected.',
  oasdiff: true,
};
