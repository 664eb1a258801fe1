import { defineRule } from './rule.js';

export const requestParameterMaxLengthSet = defineRule({
  id: 'request-parameter-max-length-set',
  level: 'error',
  site: 'request-parameter',
  change: 'max-length-set',
  summary: 'max length set',
  docs: 'A `maxLength` was added. Here it applies to a request parameter. Clients sending longer strings are rejected.',
  oasdiff: true,
});
