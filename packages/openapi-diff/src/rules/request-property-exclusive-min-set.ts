import type { RuleSpec } from './rule.js';

export const requestPropertyExclusiveMinSet: RuleSpec = {
  id: 'request-property-exclusive-min-set',
  level: 'warning',
  site: 'request-property',
  change: 'exclusive-min-set',
  summary: 'exclusive min set',
  docs: 'An `exclusiveMinimum` was added. Here it applies to a request property. Clients sending values at or below it are rejected.',
  oasdiff: true,
};
