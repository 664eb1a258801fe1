import { defineRule } from './rule.js';

export const requestParameterPatternRemoved = defineRule({
  id: 'request-parameter-pattern-removed',
  level: 'info',
  site: 'request-parameter',
  change: 'pattern-removed',
  summary: 'pattern removed',
  docs: '`pattern` was removed. Here it applies to a request parameter. Any string is accepted.',
  oasdiff: true,
});
