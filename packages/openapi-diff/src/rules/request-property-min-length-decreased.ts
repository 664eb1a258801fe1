import { defineRule } from './rule.js';

export const requestPropertyMinLengthDecreased = defineRule({
  id: 'request-property-min-length-decreased',
  level: 'info',
  site: 'request-property',
  change: 'min-length-decreased',
  summary: 'min length decreased',
  docs: '`minLength` decreased. Here it applies to a request property. Shorter strings are accepted.',
  oasdiff: true,
});
