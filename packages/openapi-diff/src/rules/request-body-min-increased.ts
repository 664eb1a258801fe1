import { defineRule } from './rule.js';

export const requestBodyMinIncreased = defineRule({
  id: 'request-body-min-increased',
  level: 'error',
  site: 'request-body',
  change: 'min-increased',
  summary: 'min increased',
  docs: '`minimum` increased. Here it applies to the request body. Clients sending values below the new minimum are rejected.',
  oasdiff: true,
});
