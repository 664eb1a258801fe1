import type { RuleSpec } from './rule.js';

export const requestBodyMultipleOfSet: RuleSpec = {
  id: 'request-body-multiple-of-set',
  level: 'error',
  site: 'request-body',
  change: 'multiple-of-set',
  summary: 'multiple of set',
  docs: '`multipleOf` was added. Here it applies to the request body. Clients sending other values are rejected.',
  oasdiff: false,
};
