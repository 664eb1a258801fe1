import { defineRule } from './rule.js';

export const newRequiredRequestParameter = defineRule({
  id: 'new-required-request-parameter',
  level: 'error',
  site: 'request-parameter',
  change: 'new-required-parameter',
  summary: 'new required parameter',
  docs: 'A new required request parameter was added. Every client that does not send it is rejected.',
  oasdiff: true,
});
