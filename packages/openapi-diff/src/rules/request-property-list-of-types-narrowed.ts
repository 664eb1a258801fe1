import { defineRule } from './rule.js';

export const requestPropertyListOfTypesNarrowed = defineRule({
  id: 'request-property-list-of-types-narrowed',
  level: 'error',
  site: 'request-property',
  change: 'list-of-types-narrowed',
  summary: 'list of types narrowed',
  docs: 'A type list lost a type. Here it applies to a request property. Clients sending the removed type are rejected.',
  oasdiff: true,
});
