import { defineRule } from './rule.js';

export const apiGlobalSecurityScopeAdded = defineRule({
  id: 'api-global-security-scope-added',
  level: 'error',
  site: 'global-security',
  change: 'scope-added',
  summary: 'global security scope added',
  docs: 'A scope was added to a document-wide security requirement. Tokens without it are rejected.',
  oasdiff: true,
});
