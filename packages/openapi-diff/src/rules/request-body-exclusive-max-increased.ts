import { defineRule } from './rule.js';

export const requestBodyExclusiveMaxIncreased = defineRule({
  id: 'request-body-exclusive-max-increased',
  level: 'info',
  site: 'request-body',
  change: 'exclusive-max-increased',
  summary: 'exclusive max increased',
  docs: '`exclusiveMaximum` increased. Here it applies to the request body. More values are accepted.',
  oasdiff: true,
});
