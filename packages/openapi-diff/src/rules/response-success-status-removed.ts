import { defineRule } from './rule.js';

export const responseSuccessStatusRemoved = defineRule({
  id: 'response-success-status-removed',
  level: 'error',
  site: 'response',
  change: 'success-status-removed',
  summary: 'success status removed',
  docs: 'A success (2XX) response status was removed. Clients handling it break.',
  oasdiff: true,
});
