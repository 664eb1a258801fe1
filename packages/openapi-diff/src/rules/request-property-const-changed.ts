import { defineRule } from './rule.js';

export const requestPropertyConstChanged = defineRule({
  id: 'request-property-const-changed',
  level: 'error',
  site: 'request-property',
  change: 'const-changed',
  summary: 'const changed',
  docs: 'The `const` value changed. Here it applies to a request property. Clients sending the old value are rejected.',
  oasdiff: true,
});
