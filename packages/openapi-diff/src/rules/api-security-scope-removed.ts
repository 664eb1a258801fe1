import { defineRule } from './rule.js';

export const apiSecurityScopeRemoved = defineRule({
  id: 'api-security-scope-removed',
  level: 'info',
  site: 'security',
  change: 'scope-removed',
  summary: 'security scope removed',
  docs: 'A scope was removed from an operation security requirement. Not breaking.',
  oasdiff: true,
});
