import type { RuleSpec } from './rule.js';

export const requestPropertyMinItemsSet: RuleSpec = {
  id: 'request-property-min-items-set',
  level: 'warning',
  site: 'request-property',
  change: 'min-items-set',
  summary: 'min items set',
  docs: 'A `minItems` was added. Here it applies to a request property. Clients sending shorter arrays are rejected.',
  oasdiff: true,
};
