import { defineRule } from './rule.js';

export const responseBodyPrefixItemsAdded = defineRule({
  id: 'response-body-prefix-items-added',
  level: 'warning',
  site: 'response-body',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to the response body. Clients reading the tuple meet a new position.',
  oasdiff: true,
});
