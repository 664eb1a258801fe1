import { defineRule } from './rule.js';

export const responsePropertyListOfTypesNarrowed = defineRule({
  id: 'response-property-list-of-types-narrowed',
  level: 'info',
  site: 'response-property',
  change: 'list-of-types-narrowed',
  summary: 'list of types narrowed',
  docs: 'A type list lost a type. Here it applies to a response property. Clients only see types they already handle.',
  oasdiff: true,
});
