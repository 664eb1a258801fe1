import type { RuleSpec } from './rule.js';

export const requestParameterMinItemsSet: RuleSpec = {
  id: 'request-parameter-min-items-set',
  level: 'warning',
  site: 'request-parameter',
  change: 'min-items-set',
  summary: 'min items set',
  docs: 'A `minItems` was added. Here it applies to a request parameter. Clients sending shorter arrays are rejected.',
  oasdiff: true,
};
