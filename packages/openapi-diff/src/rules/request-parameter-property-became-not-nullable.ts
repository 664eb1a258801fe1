import { defineRule } from './rule.js';

export const requestParameterPropertyBecameNotNullable = defineRule({
  id: 'request-parameter-property-became-not-nullable',
  level: 'error',
  site: 'request-parameter-property',
  change: 'became-not-nullable',
  summary: 'became not nullable',
  docs: 'The value may no longer be `null`. Here it applies to a property of an object request parameter. Clients sending `null` are rejected.',
  oasdiff: true,
});
