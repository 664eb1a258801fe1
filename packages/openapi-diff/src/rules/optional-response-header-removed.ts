import { defineRule } from './rule.js';

export const optionalResponseHeaderRemoved = defineRule({
  id: 'optional-response-header-removed',
  level: 'info',
  site: 'response-header',
  change: 'optional-removed',
  summary: 'optional header removed',
  docs: 'An optional response header was removed. Informational.',
  oasdiff: true,
});
