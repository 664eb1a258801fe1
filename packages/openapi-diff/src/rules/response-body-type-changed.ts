import { defineRule } from './rule.js';

export const responseBodyTypeChanged = defineRule({
  id: 'response-body-type-changed',
  level: 'error',
  site: 'response-body',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to the response body. Clients parsing the old type break.',
  oasdiff: true,
});
