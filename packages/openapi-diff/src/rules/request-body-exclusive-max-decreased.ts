import { defineRule } from './rule.js';

export const requestBodyExclusiveMaxDecreased = defineRule({
  id: 'request-body-exclusive-max-decreased',
  level: 'error',
  site: 'request-body',
  change: 'exclusive-max-decreased',
  summary: 'exclusive max decreased',
  docs: '`exclusiveMaximum` decreased. Here it applies to the request body. Clients sending values at or above the new bound are rejected.',
  oasdiff: true,
});
