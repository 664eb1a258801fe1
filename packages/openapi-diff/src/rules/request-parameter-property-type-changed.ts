import { defineRule } from './rule.js';

export const requestParameterPropertyTypeChanged = defineRule({
  id: 'request-parameter-property-type-changed',
  level: 'warning',
  site: 'request-parameter-property',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to a property of an object request parameter. Clients sending the old type are rejected.',
  oasdiff: true,
});
