import { defineRule } from './rule.js';

export const requestPropertyMaxIncreased = defineRule({
  id: 'request-property-max-increased',
  level: 'info',
  site: 'request-property',
  change: 'max-increased',
  summary: 'max increased',
  docs: '`maximum` increased. Here it applies to a request property. More values are accepted: not breaking.',
  oasdiff: true,
});
