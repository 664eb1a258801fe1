import { defineRule } from './rule.js';

export const responseBodyAnyOfRemoved = defineRule({
  id: 'response-body-any-of-removed',
  level: 'info',
  site: 'response-body',
  change: 'any-of-removed',
  summary: 'any of removed',
  docs: 'An `anyOf` alternative was removed. Here it applies to the response body. Clients see fewer shapes.',
  oasdiff: true,
});
