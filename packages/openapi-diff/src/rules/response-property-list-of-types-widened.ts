import { defineRule } from './rule.js';

export const responsePropertyListOfTypesWidened = defineRule({
  id: 'response-property-list-of-types-widened',
  level: 'error',
  site: 'response-property',
  change: 'list-of-types-widened',
  summary: 'list of types widened',
  docs: 'A type list (`type: [string, integer]`) gained a type. Here it applies to a response property. Clients reading the value meet a type they do not handle.',
  oasdiff: true,
});
