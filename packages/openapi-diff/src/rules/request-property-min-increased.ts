import { defineRule } from './rule.js';

export const requestPropertyMinIncreased = defineRule({
  id: 'request-property-min-increased',
  level: 'error',
  site: 'request-property',
  change: 'min-increased',
  summary: 'min increased',
  docs: '`minimum` increased. Here it applies to a request property. Clients sending values below the new minimum are rejected.',
  oasdiff: true,
});
