import { defineRule } from './rule.js';

export const requestParameterExclusiveMinDecreased = defineRule({
  id: 'request-parameter-exclusive-min-decreased',
  level: 'info',
  site: 'request-parameter',
  change: 'exclusive-min-decreased',
  summary: 'exclusive min decreased',
  docs: '`exclusiveMinimum` decreased. Here it applies to a request parameter. More values are accepted.',
  oasdiff: true,
});
