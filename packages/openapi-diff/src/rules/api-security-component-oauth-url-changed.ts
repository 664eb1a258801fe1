import type { RuleSpec } from './rule.js';

export const apiSecurityComponentOauthUrlChanged: RuleSpec = {
  id: 'api-security-component-oauth-url-changed',
  level: 'info',
  site: 'security-component',
  change: 'oauth-url-changed',
  summary: 'OAuth authorization URL changed',
  docs: 'An OAuth flow `authorizationUrl` changed.',
  oasdiff: true,
};
