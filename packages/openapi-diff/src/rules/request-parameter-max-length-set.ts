import type { RuleSpec } from './rule.js';

export const requestParameterMaxLengthSet: RuleSpec = {
  id: 'request-parameter-max-length-set',
  level: 'warning',
  site: 'request-parameter',
  change: 'max-length-set',
  summary: 'max length set',
  docs: 'A `maxLength` was added. Here it applies to a request parameter. Clients sending longer strings are rejected.',
  oasdiff: true,
};
