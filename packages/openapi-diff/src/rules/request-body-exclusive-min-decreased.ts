import { defineRule } from './rule.js';

export const requestBodyExclusiveMinDecreased = defineRule({
  id: 'request-body-exclusive-min-decreased',
  level: 'info',
  site: 'request-body',
  change: 'exclusive-min-decreased',
  summary: 'exclusive min decreased',
  docs: '`exclusiveMinimum` decreased. Here it applies to the request body. More values are accepted.',
  oasdiff: true,
});
