import { defineRule } from './rule.js';

export const responseBodyConstChanged = defineRule({
  id: 'response-body-const-changed',
  level: 'error',
  site: 'response-body',
  change: 'const-changed',
  summary: 'const changed',
  docs: 'The `const` value changed. Here it applies to the response body. Clients relying on the old value break.',
  oasdiff: true,
});
