import type { RuleSpec } from './rule.js';

export const requestBodyMaxItemsSet: RuleSpec = {
  id: 'request-body-max-items-set',
  level: 'error',
  site: 'request-body',
  change: 'max-items-set',
  summary: 'max items set',
  docs: 'A `maxItems` was added. Here it applies to the request body. Clients sending longer arrays are rejected.',
  oasdiff: false,
};
