import { defineRule } from './rule.js';

export const requestPropertyOneOfAdded = defineRule({
  id: 'request-property-one-of-added',
  level: 'info',
  site: 'request-property',
  change: 'one-of-added',
  summary: 'one of added',
  docs: 'A `oneOf` alternative was added (members match by component name or shape). Here it applies to a request property. Clients may send one more shape: not breaking.',
  oasdiff: true,
});
