import { defineRule } from './rule.js';

export const responseBodyDefaultValueAdded = defineRule({
  id: 'response-body-default-value-added',
  level: 'info',
  site: 'response-body',
  change: 'default-value-added',
  summary: 'default value added',
  docs: 'A `default` was added. Here it applies to the response body. Informational for responses.',
  oasdiff: true,
});
