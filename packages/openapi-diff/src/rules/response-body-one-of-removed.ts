import { defineRule } from './rule.js';

export const responseBodyOneOfRemoved = defineRule({
  id: 'response-body-one-of-removed',
  level: 'info',
  site: 'response-body',
  change: 'one-of-removed',
  summary: 'one of removed',
  docs: 'A `oneOf` alternative was removed. Here it applies to the response body. Clients see fewer shapes: not breaking.',
  oasdiff: true,
});
