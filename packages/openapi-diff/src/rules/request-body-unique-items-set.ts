import type { RuleSpec } from './rule.js';

export const requestBodyUniqueItemsSet: RuleSpec = {
  id: 'request-body-unique-items-set',
  level: 'error',
  site: 'request-body',
  change: 'unique-items-set',
  summary: 'unique items set',
  docs: '`uniqueItems: true` was added. Here it applies to the request body. Clients sending duplicates are rejected.',
  oasdiff: false,
};
