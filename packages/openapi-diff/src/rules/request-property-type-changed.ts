import { defineRule } from './rule.js';

export const requestPropertyTypeChanged = defineRule({
  id: 'request-property-type-changed',
  level: 'error',
  site: 'request-property',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to a request property. Clients sending the old type are rejected.',
  oasdiff: true,
});
