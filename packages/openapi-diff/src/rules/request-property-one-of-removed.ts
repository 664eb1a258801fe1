import { defineRule } from './rule.js';

export const requestPropertyOneOfRemoved = defineRule({
  id: 'request-property-one-of-removed',
  level: 'error',
  site: 'request-property',
  change: 'one-of-removed',
  summary: 'one of removed',
  docs: 'A `oneOf` alternative was removed. Here it applies to a request property. Clients sending the removed shape are rejected.',
  oasdiff: true,
});
