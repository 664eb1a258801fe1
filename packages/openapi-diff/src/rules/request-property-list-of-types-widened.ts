import { defineRule } from './rule.js';

export const requestPropertyListOfTypesWidened = defineRule({
  id: 'request-property-list-of-types-widened',
  level: 'info',
  site: 'request-property',
  change: 'list-of-types-widened',
  summary: 'list of types widened',
  docs: 'A type list (`type: [string, integer]`) gained a type. Here it applies to a request property. Old requests stay valid.',
  oasdiff: true,
});
