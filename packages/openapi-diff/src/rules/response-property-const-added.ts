import { defineRule } from './rule.js';

export const responsePropertyConstAdded = defineRule({
  id: 'response-property-const-added',
  level: 'info',
  site: 'response-property',
  change: 'const-added',
  summary: 'const added',
  docs: '`const` was added: only one value is valid now. Here it applies to a response property. Clients see one fixed value: not breaking.',
  oasdiff: true,
});
