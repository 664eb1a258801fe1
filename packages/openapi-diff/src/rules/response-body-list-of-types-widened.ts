import { defineRule } from './rule.js';

export const responseBodyListOfTypesWidened = defineRule({
  id: 'response-body-list-of-types-widened',
  level: 'error',
  site: 'response-body',
  change: 'list-of-types-widened',
  summary: 'list of types widened',
  docs: 'A type list (`type: [string, integer]`) gained a type. Here it applies to the response body. Clients reading the value meet a type they do not handle.',
  oasdiff: true,
});
