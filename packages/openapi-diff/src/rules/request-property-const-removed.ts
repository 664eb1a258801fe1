import { defineRule } from './rule.js';

export const requestPropertyConstRemoved = defineRule({
  id: 'request-property-const-removed',
  level: 'info',
  site: 'request-property',
  change: 'const-removed',
  summary: 'const removed',
  docs: '`const` was removed: any value of the type is valid now. Here it applies to a request property. Clients may send more values: not breaking.',
  oasdiff: true,
});
