import { defineRule } from './rule.js';

export const requestPropertyMaxLengthDecreased = defineRule({
  id: 'request-property-max-length-decreased',
  level: 'error',
  site: 'request-property',
  change: 'max-length-decreased',
  summary: 'max length decreased',
  docs: '`maxLength` decreased. Here it applies to a request property. Clients sending longer strings are rejected.',
  oasdiff: true,
});
