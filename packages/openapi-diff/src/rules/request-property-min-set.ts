import type { RuleSpec } from './rule.js';

export const requestPropertyMinSet: RuleSpec = {
  id: 'request-property-min-set',
  level: 'warning',
  site: 'request-property',
  change: 'min-set',
  summary: 'min set',
  docs: 'A `minimum` was added. Here it applies to a request property. Clients sending smaller values are rejected.',
  oasdiff: true,
};
