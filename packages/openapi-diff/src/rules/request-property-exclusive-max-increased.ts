import { defineRule } from './rule.js';

export const requestPropertyExclusiveMaxIncreased = defineRule({
  id: 'request-property-exclusive-max-increased',
  level: 'info',
  site: 'request-property',
  change: 'exclusive-max-increased',
  summary: 'exclusive max increased',
  docs: '`exclusiveMaximum` increased. Here it applies to a request property. More values are accepted.',
  oasdiff: true,
});
