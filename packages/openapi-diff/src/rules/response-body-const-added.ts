import { defineRule } from './rule.js';

export const responseBodyConstAdded = defineRule({
  id: 'response-body-const-added',
  level: 'info',
  site: 'response-body',
  change: 'const-added',
  summary: 'const added',
  docs: '`const` was added: only one value is valid now. Here it applies to the response body. Clients see one fixed value: not breaking.',
  oasdiff: true,
});
