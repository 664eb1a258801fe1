import { defineRule } from './rule.js';

export const responsePropertyConstRemoved = defineRule({
  id: 'response-property-const-removed',
  level: 'error',
  site: 'response-property',
  change: 'const-removed',
  summary: 'const removed',
  docs: '`const` was removed: any value of the type is valid now. Here it applies to a response property. Clients relying on the fixed value break.',
  oasdiff: true,
});
