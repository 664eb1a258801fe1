import { defineRule } from './rule.js';

export const requestPropertyExclusiveMaxDecreased = defineRule({
  id: 'request-property-exclusive-max-decreased',
  level: 'error',
  site: 'request-property',
  change: 'exclusive-max-decreased',
  summary: 'exclusive max decreased',
  docs: '`exclusiveMaximum` decreased. Here it applies to a request property. Clients sending values at or above the new bound are rejected.',
  oasdiff: true,
});
