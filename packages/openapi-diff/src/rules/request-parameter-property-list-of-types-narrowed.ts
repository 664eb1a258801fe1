import { defineRule } from './rule.js';

export const requestParameterPropertyListOfTypesNarrowed = defineRule({
  id: 'request-parameter-property-list-of-types-narrowed',
  level: 'error',
  site: 'request-parameter-property',
  change: 'list-of-types-narrowed',
  summary: 'list of types narrowed',
  docs: 'A type list lost a type. Here it applies to a property of an object request parameter. Clients sending the removed type are rejected.',
  oasdiff: true,
});
