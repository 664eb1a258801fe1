import { defineRule } from './rule.js';

export const requestPropertyExclusiveMinDecreased = defineRule({
  id: 'request-property-exclusive-min-decreased',
  level: 'info',
  site: 'request-property',
  change: 'exclusive-min-decreased',
  summary: 'exclusive min decreased',
  docs: '`exclusiveMinimum` decreased. Here it applies to a request property. More values are accepted.',
  oasdiff: true,
});
