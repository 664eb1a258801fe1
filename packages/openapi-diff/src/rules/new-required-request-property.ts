import { defineRule } from './rule.js';

export const newRequiredRequestProperty = defineRule({
  id: 'new-required-request-property',
  level: 'error',
  site: 'request-property',
  change: 'new-required-property',
  summary: 'new required property',
  docs: 'A new required property was added to the request. Every client that does not send it is rejected.',
  oasdiff: true,
});
