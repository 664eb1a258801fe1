import type { RuleSpec } from './rule.js';

export const requestBodyMaxLengthSet: RuleSpec = {
  id: 'request-body-max-length-set',
  level: 'warning',
  site: 'request-body',
  change: 'max-length-set',
  summary: 'max length set',
  docs: 'A `maxLength` was added. Here it applies to the request body. Clients sending longer strings are rejected.',
  oasdiff: true,
};
