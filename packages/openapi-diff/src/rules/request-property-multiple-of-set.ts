import type { RuleSpec } from './rule.js';

export const requestPropertyMultipleOfSet: RuleSpec = {
  id: 'request-property-multiple-of-set',
  level: 'error',
  site: 'request-property',
  change: 'multiple-of-set',
  summary: 'multiple of set',
  docs: '`multipleOf` was added. Here it applies to a request property. Clients sending other values are rejected.',
  oasdiff: false,
};
