import { defineRule } from './rule.js';

export const requestParameterBecameNotNullable = defineRule({
  id: 'request-parameter-became-not-nullable',
  level: 'error',
  site: 'request-parameter',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to a request parameter. Clients sending `null` are rejected.',
  oasdiff: true,
});
