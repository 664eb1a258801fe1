import { defineRule } from './rule.js';

export const requestParameterExclusiveMaxDecreased = defineRule({
  id: 'request-parameter-exclusive-max-decreased',
  level: 'error',
  site: 'request-parameter',
  change: 'exclusive-max-decreased',
  summary: 'exclusive max decreased',
  docs: '`exclusiveMaximum` decreased. Here it applies to a request parameter. Clients sending values at or above the new bound are rejected.',
  oasdiff: true,
});
