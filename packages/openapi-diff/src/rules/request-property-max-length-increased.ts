import { defineRule } from './rule.js';

export const requestPropertyMaxLengthIncreased = defineRule({
  id: 'request-property-max-length-increased',
  level: 'info',
  site: 'request-property',
  change: 'max-length-increased',
  summary: 'max length increased',
  docs: '`maxLength` increased. Here it applies to a request property. Longer strings are accepted: not breaking.',
  oasdiff: true,
});
