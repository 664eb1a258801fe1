import { defineRule } from './rule.js';

export const requestBodyMinLengthDecreased = defineRule({
  id: 'request-body-min-length-decreased',
  level: 'info',
  site: 'request-body',
  change: 'min-length-decreased',
  summary: 'min length decreased',
  docs: '`minLength` decreased. Here it applies to the request body. Shorter strings are accepted.',
  oasdiff: true,
});
