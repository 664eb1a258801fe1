import { defineRule } from './rule.js';

export const requestPropertyConstAdded = defineRule({
  id: 'request-property-const-added',
  level: 'error',
  site: 'request-property',
  change: 'const-added',
  summary: 'const added',
  docs: '`const` was added: only one value is valid now. Here it applies to a request property. Clients sending any other value are rejected.',
  oasdiff: true,
});
