import { defineRule } from './rule.js';

export const requestBodyDefaultValueAdded = defineRule({
  id: 'request-body-default-value-added',
  level: 'info',
  site: 'request-body',
  change: 'default-value-added',
  summary: 'default value added',
  docs: 'A `default` was added. Here it applies to the request body. Clients omitting the value now get the default: review the behaviour.',
  oasdiff: true,
});
