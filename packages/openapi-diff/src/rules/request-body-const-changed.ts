import { defineRule } from './rule.js';

export const requestBodyConstChanged = defineRule({
  id: 'request-body-const-changed',
  level: 'error',
  site: 'request-body',
  change: 'const-changed',
  summary: 'const changed',
  docs: 'The `const` value changed. Here it applies to the request body. Clients sending the old value are rejected.',
  oasdiff: true,
});
