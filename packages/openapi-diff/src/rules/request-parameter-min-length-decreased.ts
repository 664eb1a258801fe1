import { defineRule } from './rule.js';

export const requestParameterMinLengthDecreased = defineRule({
  id: 'request-parameter-min-length-decreased',
  level: 'info',
  site: 'request-parameter',
  change: 'min-length-decreased',
  summary: 'min length decreased',
  docs: '`minLength` decreased. Here it applies to a request parameter. Shorter strings are accepted.',
  oasdiff: true,
});
