import { defineRule } from './rule.js';

export const responseBodyDefaultValueRemoved = defineRule({
  id: 'response-body-default-value-removed',
  level: 'info',
  site: 'response-body',
  change: 'default-value-removed',
  summary: 'default value removed',
  docs: '`default` was removed. Here it applies to the response body. Informational for responses.',
  oasdiff: true,
});
