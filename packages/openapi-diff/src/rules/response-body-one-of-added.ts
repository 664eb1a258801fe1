import { defineRule } from './rule.js';

export const responseBodyOneOfAdded = defineRule({
  id: 'response-body-one-of-added',
  level: 'error',
  site: 'response-body',
  change: 'one-of-added',
  summary: 'one of added',
  docs: 'A `oneOf` alternative was added (members match by component name or shape). Here it applies to the response body. Clients meet a shape they do not handle.',
  oasdiff: true,
});
