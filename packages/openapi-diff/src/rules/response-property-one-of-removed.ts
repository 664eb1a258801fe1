import { defineRule } from './rule.js';

export const responsePropertyOneOfRemoved = defineRule({
  id: 'response-property-one-of-removed',
  level: 'info',
  site: 'response-property',
  change: 'one-of-removed',
  summary: 'one of removed',
  docs: 'A `oneOf` alternative was removed. Here it applies to a response property. Clients see fewer shapes: not breaking.',
  oasdiff: true,
});
