import { defineRule } from './rule.js';

export const requestPropertyMaxDecreased = defineRule({
  id: 'request-property-max-decreased',
  level: 'error',
  site: 'request-property',
  change: 'max-decreased',
  summary: 'max decreased',
  docs: '`maximum` decreased. Here it applies to a request property. Clients sending values above the new maximum are rejected.',
  oasdiff: true,
});
