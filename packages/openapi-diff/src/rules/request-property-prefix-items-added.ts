import type { RuleSpec } from './rule.js';

export const requestPropertyPrefixItemsAdded: RuleSpec = {
  id: 'request-property-prefix-items-added',
  level: 'info',
  site: 'request-property',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to a request property. Clients sending the tuple must follow the new position.',
  oasdiff: true,
};
