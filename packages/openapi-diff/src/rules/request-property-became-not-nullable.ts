import { defineRule } from './rule.js';

export const requestPropertyBecameNotNullable = defineRule({
  id: 'request-property-became-not-nullable',
  level: 'error',
  site: 'request-property',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to a request property. Clients sending `null` are rejected.',
  oasdiff: true,
});
