import { defineRule } from './rule.js';

export const requestBodyBecameEnum = defineRule({
  id: 'request-body-became-enum',
  level: 'error',
  site: 'request-body',
  change: 'became-enum',
  summary: 'became enum',
  docs: 'The value was restricted to a list of `enum` values. Here it applies to the request body. Clients sending any other value are rejected.',
  oasdiff: true,
});
