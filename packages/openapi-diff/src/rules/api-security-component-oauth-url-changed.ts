import { defineRule } from './rule.js';

export const apiSecurityComponentOauthUrlChanged = defineRule({
  id: 'api-security-component-oauth-url-changed',
  level: 'info',
  site: 'security-component',
  change: 'oauth-url-changed',
  summary: 'OAuth authorization URL changed',
  docs: 'An OAuth flow `authorizationUrl` changed.',
  oasdiff: true,
});
