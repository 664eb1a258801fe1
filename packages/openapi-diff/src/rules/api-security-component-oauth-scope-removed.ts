import { defineRule } from './rule.js';

export const apiSecurityComponentOauthScopeRemoved = defineRule({
  id: 'api-security-component-oauth-scope-removed',
  level: 'info',
  site: 'security-component',
  change: 'oauth-scope-removed',
  summary: 'OAuth scope removed',
  docs: 'An OAuth flow lost a scope.',
  oasdiff: true,
});
