import type { RuleSpec } from './rule.js';

export const responseBodyPrefixItemsAdded: RuleSpec = {
  id: 'response-body-prefix-items-added',
  level: 'error',
  site: 'response-body',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to the response body. Clients reading the tuple meet a new position.',
  oasdiff: true,
};
