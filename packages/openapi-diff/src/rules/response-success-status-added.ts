import { defineRule } from './rule.js';

export const responseSuccessStatusAdded = defineRule({
  id: 'response-success-status-added',
  level: 'info',
  site: 'response',
  change: 'success-status-added',
  summary: 'success status added',
  docs: 'A success response status was added. Clients that treat unknown statuses as errors may need to handle it.',
  oasdiff: true,
});
