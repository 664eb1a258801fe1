import { defineRule } from './rule.js';

export const requestParameterBecameEnum = defineRule({
  id: 'request-parameter-became-enum',
  level: 'error',
  site: 'request-parameter',
  change: 'became-enum',
  summary: 'became enum',
  docs: 'The value was restricted to a list of `enum` values. Here it applies to a request parameter. Clients sending any other value are rejected.',
  oasdiff: true,
});
