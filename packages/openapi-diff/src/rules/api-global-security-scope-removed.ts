import { defineRule } from './rule.js';

export const apiGlobalSecurityScopeRemoved = defineRule({
  id: 'api-global-security-scope-removed',
  level: 'info',
  site: 'global-security',
  change: 'scope-removed',
  summary: 'global security scope removed',
  docs: 'A scope was removed from a document-wide security requirement.',
  oasdiff: true,
});
