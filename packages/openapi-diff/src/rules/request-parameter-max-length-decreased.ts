import { defineRule } from './rule.js';

export const requestParameterMaxLengthDecreased = defineRule({
  id: 'request-parameter-max-length-decreased',
  level: 'error',
  site: 'request-parameter',
  change: 'max-length-decreased',
  summary: 'max length decreased',
  docs: '`maxLength` decreased. Here it applies to a request parameter. Clients sending longer strings are rejected.',
  oasdiff: true,
});
