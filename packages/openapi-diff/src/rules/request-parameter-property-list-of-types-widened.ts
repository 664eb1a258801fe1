import { defineRule } from './rule.js';

export const requestParameterPropertyListOfTypesWidened = defineRule({
  id: 'request-parameter-property-list-of-types-widened',
  level: 'info',
  site: 'request-parameter-property',
  change: 'list-of-types-widened',
  summary: 'list of types widened',
  docs: 'A type list (`type: [string, integer]`) gained a type. Here it applies to a property of an object request parameter. Old requests stay valid.',
  oasdiff: true,
});
