import { defineRule } from './rule.js';

export const requestPropertyPrefixItemsRemoved = defineRule({
  id: 'request-property-prefix-items-removed',
  level: 'warning',
  site: 'request-property',
  change: 'prefix-items-removed',
  summary: 'prefix items removed',
  docs: 'A `prefixItems` position was removed (3.1 tuples). Here it applies to a request property. The position is no longer constrained.',
  oasdiff: true,
});
