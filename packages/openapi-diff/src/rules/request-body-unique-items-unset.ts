import type { RuleSpec } from './rule.js';

export const requestBodyUniqueItemsUnset: RuleSpec = {
  id: 'request-body-unique-items-unset',
  level: 'info',
  site: 'request-body',
  change: 'unique-items-unset',
  summary: 'unique items unset',
  docs: '`uniqueItems` was removed. Here it applies to the request body. Duplicates are accepted.',
  oasdiff: false,
};
