import { defineRule } from './rule.js';

export const responseBodyListOfTypesNarrowed = defineRule({
  id: 'response-body-list-of-types-narrowed',
  level: 'info',
  site: 'response-body',
  change: 'list-of-types-narrowed',
  summary: 'list of types narrowed',
  docs: 'A type list lost a type. Here it applies to the response body. Clients only see types they already handle.',
  oasdiff: true,
});
