import { defineRule } from './rule.js';

export const requestBodyMaxLengthDecreased = defineRule({
  id: 'request-body-max-length-decreased',
  level: 'error',
  site: 'request-body',
  change: 'max-length-decreased',
  summary: 'max length decreased',
  docs: '`maxLength` decreased. Here it applies to the request body. Clients sending longer strings are rejected.',
  oasdiff: true,
});
