import type { RuleSpec } from './rule.js';

export const requestPropertyPrefixItemsRemoved: RuleSpec = {
  id: 'request-property-prefix-items-removed',
  level: 'error',
  site: 'request-property',
  change: 'prefix-items-removed',
  summary: 'prefix items removed',
  docs: 'A `prefixItems` position was removed (3.1 tuples). Here it applies to a request property. The position is no longer constrained.',
  oasdiff: true,
};
