import { defineRule } from './rule.js';

export const responseBodyDefaultValueChanged = defineRule({
  id: 'response-body-default-value-changed',
  level: 'info',
  site: 'response-body',
  change: 'default-value-changed',
  summary: 'default value changed',
  docs: '`default` changed. Here it applies to the response body. Informational for responses.',
  oasdiff: true,
});
