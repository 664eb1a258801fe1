import { defineRule } from './rule.js';

export const responseBodyMinLengthDecreased = defineRule({
  id: 'response-body-min-length-decreased',
  level: 'error',
  site: 'response-body',
  change: 'min-length-decreased',
  summary: 'min length decreased',
  docs: '`minLength` decreased. Here it applies to the response body. Clients may receive shorter (even empty) strings.',
  oasdiff: true,
});
