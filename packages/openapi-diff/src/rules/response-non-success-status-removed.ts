import { defineRule } from './rule.js';

export const responseNonSuccessStatusRemoved = defineRule({
  id: 'response-non-success-status-removed',
  level: 'info',
  site: 'response',
  change: 'non-success-status-removed',
  summary: 'non-success status removed',
  docs: 'A non-success response status was removed. Informational.',
  oasdiff: true,
});
