import { defineRule } from './rule.js';

export const apiSecurityComponentOauthScopeAdded = defineRule({
  id: 'api-security-component-oauth-scope-added',
  level: 'info',
  site: 'security-component',
  change: 'oauth-scope-added',
  summary: 'OAuth scope added',
  docs: 'An OAuth flow gained a scope.',
  oasdiff: true,
});
