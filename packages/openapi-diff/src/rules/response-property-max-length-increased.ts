import { defineRule } from './rule.js';

export const responsePropertyMaxLengthIncreased = defineRule({
  id: 'response-property-max-length-increased',
  level: 'error',
  site: 'response-property',
  change: 'max-length-increased',
  summary: 'max length increased',
  docs: '`maxLength` increased. Here it applies to a response property. Clients with fixed-size storage may receive strings that do not fit.',
  oasdiff: true,
});
