import { defineRule } from './rule.js';

export const apiSecurityScopeAdded = defineRule({
  id: 'api-security-scope-added',
  level: 'error',
  site: 'security',
  change: 'scope-added',
  summary: 'security scope added',
  docs: 'A scope was added to an operation security requirement. Tokens without it are rejected.',
  oasdiff: true,
});
