import { defineRule } from './rule.js';

export const responseBodyConstRemoved = defineRule({
  id: 'response-body-const-removed',
  level: 'error',
  site: 'response-body',
  change: 'const-removed',
  summary: 'const removed',
  docs: '`const` was removed: any value of the type is valid now. Here it applies to the response body. Clients relying on the fixed value break.',
  oasdiff: true,
});
