import { defineRule } from './rule.js';

export const requestPropertyDefaultValueRemoved = defineRule({
  id: 'request-property-default-value-removed',
  level: 'info',
  site: 'request-property',
  change: 'default-value-removed',
  summary: 'default value removed',
  docs: '`default` was removed. Here it applies to a request property. Clients omitting the value relied on the default; the server behaviour may differ now.',
  oasdiff: true,
});
