import { defineRule } from './rule.js';

export const requestBodyMaxDecreased = defineRule({
  id: 'request-body-max-decreased',
  level: 'error',
  site: 'request-body',
  change: 'max-decreased',
  summary: 'max decreased',
  docs: '`maximum` decreased. Here it applies to the request body. Clients sending values above the new maximum are rejected.',
  oasdiff: true,
});
