import { defineRule } from './rule.js';

export const apiGlobalSecurityRemoved = defineRule({
  id: 'api-global-security-removed',
  level: 'error',
  site: 'global-security',
  change: 'removed',
  summary: 'global security requirement removed',
  docs: 'An alternative of the document-wide security requirement was removed.',
  oasdiff: true,
});
