import { defineRule } from './rule.js';

export const requestParameterMinIncreased = defineRule({
  id: 'request-parameter-min-increased',
  level: 'error',
  site: 'request-parameter',
  change: 'min-increased',
  summary: 'min increased',
  docs: '`minimum` increased. Here it applies to a request parameter. Clients sending values below the new minimum are rejected.',
  oasdiff: true,
});
