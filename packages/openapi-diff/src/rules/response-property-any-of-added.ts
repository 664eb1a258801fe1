import { defineRule } from './rule.js';

export const responsePropertyAnyOfAdded = defineRule({
  id: 'response-property-any-of-added',
  level: 'error',
  site: 'response-property',
  change: 'any-of-added',
  summary: 'any of added',
  docs: 'An `anyOf` alternative was added. Here it applies to a response property. Clients meet a shape they do not handle.',
  oasdiff: true,
});
