import { defineRule } from './rule.js';

export const requestBodyConstAdded = defineRule({
  id: 'request-body-const-added',
  level: 'error',
  site: 'request-body',
  change: 'const-added',
  summary: 'const added',
  docs: '`const` was added: only one value is valid now. Here it applies to the request body. Clients sending any other value are rejected.',
  oasdiff: true,
});
