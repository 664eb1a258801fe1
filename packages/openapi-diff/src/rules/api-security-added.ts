import { defineRule } from './rule.js';

export const apiSecurityAdded = defineRule({
  id: 'api-security-added',
  level: 'info',
  site: 'security',
  change: 'added',
  summary: 'security requirement added',
  docs: 'An alternative was added to the operation security requirement: one more way to authenticate.',
  oasdiff: true,
});
