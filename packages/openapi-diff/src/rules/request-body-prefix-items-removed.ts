import type { RuleSpec } from './rule.js';

export const requestBodyPrefixItemsRemoved: RuleSpec = {
  id: 'request-body-prefix-items-removed',
  level: 'error',
  site: 'request-body',
  change: 'prefix-items-removed',
  summary: 'prefix items removed',
  docs: 'A `prefixItems` position was removed (3.1 tuples). Here it applies to the request body. The position is no longer constrained.',
  oasdiff: true,
};
