import type { RuleSpec } from './rule.js';

export const requestBodyMinItemsSet: RuleSpec = {
  id: 'request-body-min-items-set',
  level: 'warning',
  site: 'request-body',
  change: 'min-items-set',
  summary: 'min items set',
  docs: 'A `minItems` was added. Here it applies to the request body. Clients sending shorter arrays are rejected.',
  oasdiff: true,
};
