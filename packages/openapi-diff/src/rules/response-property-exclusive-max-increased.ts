import { defineRule } from './rule.js';

export const responsePropertyExclusiveMaxIncreased = defineRule({
  id: 'response-property-exclusive-max-increased',
  level: 'error',
  site: 'response-property',
  change: 'exclusive-max-increased',
  summary: 'exclusive max increased',
  docs: '`exclusiveMaximum` increased. Here it applies to a response property. Clients may receive values above the old bound.',
  oasdiff: true,
});
