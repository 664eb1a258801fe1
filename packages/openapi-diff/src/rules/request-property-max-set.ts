import type { RuleSpec } from './rule.js';

export const requestPropertyMaxSet: RuleSpec = {
  id: 'request-property-max-set',
  level: 'warning',
  site: 'request-property',
  change: 'max-set',
  summary: 'max set',
  docs: 'A `maximum` was added. Here it applies to a request property. Clients sending larger values are rejected.',
  oasdiff: true,
};
