import { defineRule } from './rule.js';

export const requestBodyOneOfRemoved = defineRule({
  id: 'request-body-one-of-removed',
  level: 'error',
  site: 'request-body',
  change: 'one-of-removed',
  summary: 'one of removed',
  docs: 'A `oneOf` alternative was removed. Here it applies to the request body. Clients sending the removed shape are rejected.',
  oasdiff: true,
});
