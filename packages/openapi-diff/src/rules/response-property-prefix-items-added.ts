import type { RuleSpec } from './rule.js';

export const responsePropertyPrefixItemsAdded: RuleSpec = {
  id: 'response-property-prefix-items-added',
  level: 'error',
  site: 'response-property',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to a response property. Clients reading the tuple meet a new position.',
  oasdiff: true,
};
