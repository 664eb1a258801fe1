import { defineRule } from './rule.js';

export const requestBodyAnyOfAdded = defineRule({
  id: 'request-body-any-of-added',
  level: 'info',
  site: 'request-body',
  change: 'any-of-added',
  summary: 'any of added',
  docs: 'An `anyOf` alternative was added. Here it applies to the request body. Clients may send one more shape.',
  oasdiff: true,
});
