import { defineRule } from './rule.js';

export const responsePropertyTypeChanged = defineRule({
  id: 'response-property-type-changed',
  level: 'error',
  site: 'response-property',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to a response property. Clients parsing the old type break.',
  oasdiff: true,
});
