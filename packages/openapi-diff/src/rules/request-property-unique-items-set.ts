import type { RuleSpec } from './rule.js';

export const requestPropertyUniqueItemsSet: RuleSpec = {
  id: 'request-property-unique-items-set',
  level: 'error',
  site: 'request-property',
  change: 'unique-items-set',
  summary: 'unique items set',
  docs: '`uniqueItems: true` was added. Here it applies to a request property. Clients sending duplicates are rejected.',
  oasdiff: false,
};
