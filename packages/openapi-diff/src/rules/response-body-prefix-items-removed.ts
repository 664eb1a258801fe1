import type { RuleSpec } from './rule.js';

export const responseBodyPrefixItemsRemoved: RuleSpec = {
  id: 'response-body-prefix-items-removed',
  level: 'info',
  site: 'response-body',
  change: 'prefix-items-removed',
  summary: 'prefix items removed',
  docs: 'A `prefixItems` position was removed (3.1 tuples). Here it applies to the response body. Clients reading the position may meet anything.',
  oasdiff: true,
};
