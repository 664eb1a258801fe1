import { defineRule } from './rule.js';

export const requestBodyListOfTypesNarrowed = defineRule({
  id: 'request-body-list-of-types-narrowed',
  level: 'error',
  site: 'request-body',
  change: 'list-of-types-narrowed',
  summary: 'list of types narrowed',
  docs: 'A type list lost a type. Here it applies to the request body. Clients sending the removed type are rejected.',
  oasdiff: true,
});
