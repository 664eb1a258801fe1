import { defineRule } from './rule.js';

export const requestParameterPatternGeneralized = defineRule({
  id: 'request-parameter-pattern-generalized',
  level: 'info',
  site: 'request-parameter',
  change: 'pattern-generalized',
  summary: 'pattern generalized',
  docs: '`pattern` became one that matches anything (`.*`). Here it applies to a request parameter. Any string is accepted.',
  oasdiff: true,
});
