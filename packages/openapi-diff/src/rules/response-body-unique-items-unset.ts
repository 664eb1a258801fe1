import type { RuleSpec } from './rule.js';

export const responseBodyUniqueItemsUnset: RuleSpec = {
  id: 'response-body-unique-items-unset',
  level: 'error',
  site: 'response-body',
  change: 'unique-items-unset',
  summary: 'unique items unset',
  docs: '`uniqueItems` was removed. Here it applies to the response body. Clients storing the items in a set or keyed map may meet duplicates.',
  oasdiff: false,
};
