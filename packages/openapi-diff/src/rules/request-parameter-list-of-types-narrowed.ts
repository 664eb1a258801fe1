import { defineRule } from './rule.js';

export const requestParameterListOfTypesNarrowed = defineRule({
  id: 'request-parameter-list-of-types-narrowed',
  level: 'error',
  site: 'request-parameter',
  change: 'list-of-types-narrowed',
  summary: 'list of types narrowed',
  docs: 'A type list lost a type. Here it applies to a request parameter. Clients sending the removed type are rejected.',
  oasdiff: true,
});
