import { defineRule } from './rule.js';

export const requestPropertyAnyOfRemoved = defineRule({
  id: 'request-property-any-of-removed',
  level: 'error',
  site: 'request-property',
  change: 'any-of-removed',
  summary: 'any of removed',
  docs: 'An `anyOf` alternative was removed. Here it applies to a request property. Clients sending the removed shape are rejected.',
  oasdiff: true,
});
