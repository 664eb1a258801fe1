import { defineRule } from './rule.js';

export const responseNonSuccessStatusAdded = defineRule({
  id: 'response-non-success-status-added',
  level: 'info',
  site: 'response',
  change: 'non-success-status-added',
  summary: 'non-success status added',
  docs: 'A non-success response status was added. Informational.',
  oasdiff: true,
});
