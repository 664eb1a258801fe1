import { defineRule } from './rule.js';

export const responsePropertyExclusiveMinDecreased = defineRule({
  id: 'response-property-exclusive-min-decreased',
  level: 'error',
  site: 'response-property',
  change: 'exclusive-min-decreased',
  summary: 'exclusive min decreased',
  docs: '`exclusiveMinimum` decreased. Here it applies to a response property. Clients may receive values below the old bound.',
  oasdiff: true,
});
