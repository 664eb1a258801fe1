import { defineRule } from './rule.js';

export const responsePropertyPrefixItemsAdded = defineRule({
  id: 'response-property-prefix-items-added',
  level: 'warning',
  site: 'response-property',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to a response property. Clients reading the tuple meet a new position.',
  oasdiff: true,
});
