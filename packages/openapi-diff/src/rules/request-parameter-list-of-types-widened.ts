import { defineRule } from './rule.js';

export const requestParameterListOfTypesWidened = defineRule({
  id: 'request-parameter-list-of-types-widened',
  level: 'info',
  site: 'request-parameter',
  change: 'list-of-types-widened',
  summary: 'list of types widened',
  docs: 'A type list (`type: [string, integer]`) gained a type. Here it applies to a request parameter. Old requests stay valid.',
  oasdiff: true,
});
