import { defineRule } from './rule.js';

export const requestParameterExclusiveMaxSet = defineRule({
  id: 'request-parameter-exclusive-max-set',
  level: 'error',
  site: 'request-parameter',
  change: 'exclusive-max-set',
  summary: 'exclusive max set',
  docs: 'An `exclusiveMaximum` was added. Here it applies to a request parameter. Clients sending values at or above it are rejected.',
  oasdiff: true,
});
