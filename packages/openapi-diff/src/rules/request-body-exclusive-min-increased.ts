import { defineRule } from './rule.js';

export const requestBodyExclusiveMinIncreased = defineRule({
  id: 'request-body-exclusive-min-increased',
  level: 'error',
  site: 'request-body',
  change: 'exclusive-min-increased',
  summary: 'exclusive min increased',
  docs: '`exclusiveMinimum` increased. Here it applies to the request body. Clients sending values at or below the new bound are rejected.',
  oasdiff: true,
});
