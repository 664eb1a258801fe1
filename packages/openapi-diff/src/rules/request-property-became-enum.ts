import { defineRule } from './rule.js';

export const requestPropertyBecameEnum = defineRule({
  id: 'request-property-became-enum',
  level: 'error',
  site: 'request-property',
  change: 'became-enum',
  summary: 'became enum',
  docs: 'The value was restricted to a list of `enum` values. Here it applies to a request property. Clients sending any other value are rejected.',
  oasdiff: true,
});
