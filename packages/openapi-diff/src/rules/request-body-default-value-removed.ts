import { defineRule } from './rule.js';

export const requestBodyDefaultValueRemoved = defineRule({
  id: 'request-body-default-value-removed',
  level: 'info',
  site: 'request-body',
  change: 'default-value-removed',
  summary: 'default value removed',
  docs: '`default` was removed. Here it applies to the request body. Clients omitting the value relied on the default; the server behaviour may differ now.',
  oasdiff: true,
});
