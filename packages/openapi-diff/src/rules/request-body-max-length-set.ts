import { defineRule } from './rule.js';

export const requestBodyMaxLengthSet = defineRule({
  id: 'request-body-max-length-set',
  level: 'error',
  site: 'request-body',
  change: 'max-length-set',
  summary: 'max length set',
  docs: 'A `maxLength` was added. Here it applies to the request body. Clients sending longer strings are rejected.',
  oasdiff: true,
});
