import type { RuleSpec } from './rule.js';

export const requestBodyPrefixItemsAdded: RuleSpec = {
  id: 'request-body-prefix-items-added',
  level: 'info',
  site: 'request-body',
  change: 'prefix-items-added',
  summary: 'prefix items added',
  docs: 'A `prefixItems` position was added (3.1 tuples). Here it applies to the request body. Clients sending the tuple must follow the new position.',
  oasdiff: true,
};
