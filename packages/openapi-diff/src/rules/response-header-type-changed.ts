import { defineRule } from './rule.js';

export const responseHeaderTypeChanged = defineRule({
  id: 'response-header-type-changed',
  level: 'error',
  site: 'response-header',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to a response header. Clients parsing the old type break.',
  oasdiff: true,
});
