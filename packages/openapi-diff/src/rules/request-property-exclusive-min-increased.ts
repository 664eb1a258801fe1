import { defineRule } from './rule.js';

export const requestPropertyExclusiveMinIncreased = defineRule({
  id: 'request-property-exclusive-min-increased',
  level: 'error',
  site: 'request-property',
  change: 'exclusive-min-increased',
  summary: 'exclusive min increased',
  docs: '`exclusiveMinimum` increased. Here it applies to a request property. Clients sending values at or below the new bound are rejected.',
  oasdiff: true,
});
