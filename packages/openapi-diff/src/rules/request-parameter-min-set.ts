import { defineRule } from './rule.js';

export const requestParameterMinSet = defineRule({
  id: 'request-parameter-min-set',
  level: 'error',
  site: 'request-parameter',
  change: 'min-set',
  summary: 'min set',
  docs: 'A `minimum` was added. Here it applies to a request parameter. Clients sending smaller values are rejected.',
  oasdiff: true,
});
