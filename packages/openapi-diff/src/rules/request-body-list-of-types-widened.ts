import { defineRule } from './rule.js';

export const requestBodyListOfTypesWidened = defineRule({
  id: 'request-body-list-of-types-widened',
  level: 'info',
  site: 'request-body',
  change: 'list-of-types-widened',
  summary: 'list of types widened',
  docs: 'A type list (`type: [string, integer]`) gained a type. Here it applies to the request body. Old requests stay valid.',
  oasdiff: true,
});
