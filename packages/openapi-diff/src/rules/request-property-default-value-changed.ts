import { defineRule } from './rule.js';

export const requestPropertyDefaultValueChanged = defineRule({
  id: 'request-property-default-value-changed',
  level: 'info',
  site: 'request-property',
  change: 'default-value-changed',
  summary: 'default value changed',
  docs: '`default` changed. Here it applies to a request property. Clients omitting the value silently get a different one.',
  oasdiff: true,
});
