import { defineRule } from './rule.js';

export const apiSecurityRemoved = defineRule({
  id: 'api-security-removed',
  level: 'error',
  site: 'security',
  change: 'removed',
  summary: 'security requirement removed',
  docs: 'An alternative of the operation security requirement was removed. Clients authenticating that way are rejected.',
  oasdiff: true,
});
