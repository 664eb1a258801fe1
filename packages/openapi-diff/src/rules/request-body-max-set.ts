import { defineRule } from './rule.js';

export const requestBodyMaxSet = defineRule({
  id: 'request-body-max-set',
  level: 'error',
  site: 'request-body',
  change: 'max-set',
  summary: 'max set',
  docs: 'A `maximum` was added. Here it applies to the request body. Clients sending larger values are rejected.',
  oasdiff: true,
});
