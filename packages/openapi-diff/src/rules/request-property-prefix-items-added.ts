import { defineRule } from './rule.js';

export const requestPropertyPrefixItemsAdded = defineRule({
  id: 'request-property-prefix-items-added',
  level: 'warning',
  site: 'request-property',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to a request property. Clients sending the tuple must follow the new position.',
  oasdiff: true,
});
