import type { RuleSpec } from './rule.js';

export const apiSecurityComponentOauthScopeRemoved: RuleSpec = {
  id: 'api-security-component-oauth-scope-removed',
  level: 'info',
  site: 'security-component',
  change: 'oauth-scope-removed',
  summary: 'OAuth scope removed',
  docs: 'An OAuth flow lost a scope.',
  oasdiff: true,
};
