import { defineRule } from './rule.js';

export const requestBodyAnyOfRemoved = defineRule({
  id: 'request-body-any-of-removed',
  level: 'error',
  site: 'request-body',
  change: 'any-of-removed',
  summary: 'any of removed',
  docs: 'An `anyOf` alternative was removed. Here it applies to the request body. Clients sending the removed shape are rejected.',
  oasdiff: true,
});
