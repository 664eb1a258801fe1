import type { RuleSpec } from './rule.js';

export const requestBodyMaxSet: RuleSpec = {
  id: 'request-body-max-set',
  level: 'warning',
  site: 'request-body',
  change: 'max-set',
  summary: 'max set',
  docs: 'A `maximum` was added. Here it applies to the request body. Clients sending larger values are rejected.',
  oasdiff: true,
};
