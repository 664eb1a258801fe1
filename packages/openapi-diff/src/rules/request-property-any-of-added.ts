import { defineRule } from './rule.js';

export const requestPropertyAnyOfAdded = defineRule({
  id: 'request-property-any-of-added',
  level: 'info',
  site: 'request-property',
  change: 'any-of-added',
  summary: 'any of added',
  docs: 'An `anyOf` alternative was added. Here it applies to a request property. Clients may send one more shape.',
  oasdiff: true,
});
