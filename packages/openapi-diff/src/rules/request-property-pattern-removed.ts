import { defineRule } from './rule.js';

export const requestPropertyPatternRemoved = defineRule({
  id: 'request-property-pattern-removed',
  level: 'info',
  site: 'request-property',
  change: 'pattern-removed',
  summary: 'pattern removed',
  docs: '`pattern` was removed. Here it applies to a request property. Any string is accepted.',
  oasdiff: true,
});
