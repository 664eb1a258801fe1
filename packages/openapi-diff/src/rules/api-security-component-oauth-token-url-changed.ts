import { defineRule } from './rule.js';

export const apiSecurityComponentOauthTokenUrlChanged = defineRule({
  id: 'api-security-component-oauth-token-url-changed',
  level: 'info',
  site: 'security-component',
  change: 'oauth-token-url-changed',
  summary: 'OAuth token URL changed',
  docs: 'An OAuth flow `tokenUrl` changed.',
  oasdiff: true,
});
