import type { RuleSpec } from './rule.js';

export const requestPropertyMaxItemsSet: RuleSpec = {
  id: 'request-property-max-items-set',
  level: 'error',
  site: 'request-property',
  change: 'max-items-set',
  summary: 'max items set',
  docs: 'A `maxItems` was added. Here it applies to a request property. Clients sending longer arrays are rejected.',
  oasdiff: false,
};
