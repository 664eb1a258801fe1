import { defineRule } from './rule.js';

export const responsePropertyConstChanged = defineRule({
  id: 'response-property-const-changed',
  level: 'error',
  site: 'response-property',
  change: 'const-changed',
  summary: 'const changed',
  docs: 'The `const` value changed. Here it applies to a response property. Clients relying on the old value break.',
  oasdiff: true,
});
