import { defineRule } from './rule.js';

export const responsePropertyPrefixItemsRemoved = defineRule({
  id: 'response-property-prefix-items-removed',
  level: 'warning',
  site: 'response-property',
  change: 'prefix-items-removed',
  summary: 'prefix items removed',
  docs: 'A `prefixItems` position was removed (3.1 tuples). Here it applies to a response property. Clients reading the position may meet anything.',
  oasdiff: true,
});
