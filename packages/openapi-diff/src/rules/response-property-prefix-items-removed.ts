import type { RuleSpec } from './rule.js';

export const responsePropertyPrefixItemsRemoved: RuleSpec = {
  id: 'response-property-prefix-items-removed',
  level: 'info',
  site: 'response-property',
  change: 'prefix-items-removed',
  summary: 'prefix items removed',
  docs: 'A `prefixItems` position was removed (3.1 tuples). Here it applies to a response property. Clients reading the position may meet anything.',
  oasdiff: true,
};
