import { defineRule } from './rule.js';

export const requestBodyBecameNotNullable = defineRule({
  id: 'request-body-became-not-nullable',
  level: 'error',
  site: 'request-body',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to the request body. Clients sending `null` are rejected.',
  oasdiff: true,
});
