import { defineRule } from './rule.js';

export const responsePropertyOneOfAdded = defineRule({
  id: 'response-property-one-of-added',
  level: 'error',
  site: 'response-property',
  change: 'one-of-added',
  summary: 'one of added',
  docs: 'A `oneOf` alternative was added (members match by component name or shape). Here it applies to a response property. Clients meet a shape they do not handle.',
  oasdiff: true,
});
