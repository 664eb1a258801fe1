import type { RuleSpec } from './rule.js';

export const requestPropertyMaxLengthSet: RuleSpec = {
  id: 'request-property-max-length-set',
  level: 'warning',
  site: 'request-property',
  change: 'max-length-set',
  summary: 'max length set',
  docs: 'A `maxLength` was added. Here it applies to a request property. Clients sending longer strings are rejected.',
  oasdiff: true,
};
