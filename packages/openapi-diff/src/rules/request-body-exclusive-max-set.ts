import { defineRule } from './rule.js';

export const requestBodyExclusiveMaxSet = defineRule({
  id: 'request-body-exclusive-max-set',
  level: 'error',
  site: 'request-body',
  change: 'exclusive-max-set',
  summary: 'exclusive max set',
  docs: 'An `exclusiveMaximum` was added. Here it applies to the request body. Clients sending values at or above it are rejected.',
  oasdiff: true,
});
