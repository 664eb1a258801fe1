import { defineRule } from './rule.js';

export const requestBodyTypeChanged = defineRule({
  id: 'request-body-type-changed',
  level: 'error',
  site: 'request-body',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to the request body. Clients sending the old type are rejected.',
  oasdiff: true,
});
