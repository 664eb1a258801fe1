import { defineRule } from './rule.js';

export const responseBodyAnyOfAdded = defineRule({
  id: 'response-body-any-of-added',
  level: 'error',
  site: 'response-body',
  change: 'any-of-added',
  summary: 'any of added',
  docs: 'An `anyOf` alternative was added. Here it applies to the response body. Clients meet a shape they do not handle.',
  oasdiff: true,
});
