import { defineRule } from './rule.js';

export const requestPropertyPatternGeneralized = defineRule({
  id: 'request-property-pattern-generalized',
  level: 'info',
  site: 'request-property',
  change: 'pattern-generalized',
  summary: 'pattern generalized',
  docs: '`pattern` became one that matches anything (`.*`). Here it applies to a request property. Any string is accepted.',
  oasdiff: true,
});
