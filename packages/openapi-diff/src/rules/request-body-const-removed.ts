import { defineRule } from './rule.js';

export const requestBodyConstRemoved = defineRule({
  id: 'request-body-const-removed',
  level: 'info',
  site: 'request-body',
  change: 'const-removed',
  summary: 'const removed',
  docs: '`const` was removed: any value of the type is valid now. Here it applies to the request body. Clients may send more values: not breaking.',
  oasdiff: true,
});
