import { defineRule } from './rule.js';

export const requestParameterExclusiveMaxIncreased = defineRule({
  id: 'request-parameter-exclusive-max-increased',
  level: 'info',
  site: 'request-parameter',
  change: 'exclusive-max-increased',
  summary: 'exclusive max increased',
  docs: '`exclusiveMaximum` increased. Here it applies to a request parameter. More values are accepted.',
  oasdiff: true,
});
