import { defineRule } from './rule.js';

export const requestParameterTypeChanged = defineRule({
  id: 'request-parameter-type-changed',
  level: 'error',
  site: 'request-parameter',
  change: 'type-changed',
  summary: 'type changed',
  docs: 'The type (or format) changed to one that neither contains nor is contained by the old one. Here it applies to a request parameter. Clients sending the old type are rejected.',
  oasdiff: true,
});
