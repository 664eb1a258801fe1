import { defineRule } from './rule.js';

export const requestPropertyMinLengthIncreased = defineRule({
  id: 'request-property-min-length-increased',
  level: 'error',
  site: 'request-property',
  change: 'min-length-increased',
  summary: 'min length increased',
  docs: '`minLength` increased. Here it applies to a request property. Clients sending shorter strings are rejected.',
  oasdiff: true,
});
