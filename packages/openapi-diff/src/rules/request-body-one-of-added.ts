import { defineRule } from './rule.js';

export const requestBodyOneOfAdded = defineRule({
  id: 'request-body-one-of-added',
  level: 'info',
  site: 'request-body',
  change: 'one-of-added',
  summary: 'one of added',
  docs: 'A `oneOf` alternative was added (members match by component name or shape). Here it applies to the request body. Clients may send one more shape: not breaking.',
  oasdiff: true,
});
