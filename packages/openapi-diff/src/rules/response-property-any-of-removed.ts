import { defineRule } from './rule.js';

export const responsePropertyAnyOfRemoved = defineRule({
  id: 'response-property-any-of-removed',
  level: 'info',
  site: 'response-property',
  change: 'any-of-removed',
  summary: 'any of removed',
  docs: 'An `anyOf` alternative was removed. Here it applies to a response property. Clients see fewer shapes.',
  oasdiff: true,
});
