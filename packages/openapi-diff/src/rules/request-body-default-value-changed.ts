import { defineRule } from './rule.js';

export const requestBodyDefaultValueChanged = defineRule({
  id: 'request-body-default-value-changed',
  level: 'info',
  site: 'request-body',
  change: 'default-value-changed',
  summary: 'default value changed',
  docs: '`default` changed. Here it applies to the request body. Clients omitting the value silently get a different one.',
  oasdiff: true,
});
