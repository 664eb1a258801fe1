import { defineRule } from './rule.js';

export const requestParameterExclusiveMinIncreased = defineRule({
  id: 'request-parameter-exclusive-min-increased',
  level: 'error',
  site: 'request-parameter',
  change: 'exclusive-min-increased',
  summary: 'exclusive min increased',
  docs: '`exclusiveMinimum` increased. Here it applies to a request parameter. Clients sending values at or below the new bound are rejected.',
  oasdiff: true,
});
