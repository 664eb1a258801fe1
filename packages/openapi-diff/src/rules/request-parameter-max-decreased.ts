import { defineRule } from './rule.js';

export const requestParameterMaxDecreased = defineRule({
  id: 'request-parameter-max-decreased',
  level: 'error',
  site: 'request-parameter',
  change: 'max-decreased',
  summary: 'max decreased',
  docs: '`maximum` decreased. Here it applies to a request parameter. Clients sending values above the new maximum are rejected.',
  oasdiff: true,
});
