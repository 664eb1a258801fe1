import { defineRule } from './rule.js';

export const responsePropertyMinLengthDecreased = defineRule({
  id: 'response-property-min-length-decreased',
  level: 'error',
  site: 'response-property',
  change: 'min-length-decreased',
  summary: 'min length decreased',
  docs: '`minLength` decreased. Here it applies to a response property. Clients may receive shorter (even empty) strings.',
  oasdiff: true,
});
