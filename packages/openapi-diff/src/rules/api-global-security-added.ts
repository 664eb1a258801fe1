import { defineRule } from './rule.js';

export const apiGlobalSecurityAdded = defineRule({
  id: 'api-global-security-added',
  level: 'info',
  site: 'global-security',
  change: 'added',
  summary: 'global security requirement added',
  docs: 'An alternative was added to the document-wide security requirement.',
  oasdiff: true,
});
