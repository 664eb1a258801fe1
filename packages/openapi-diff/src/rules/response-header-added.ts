import { defineRule } from './rule.js';

export const responseHeaderAdded = defineRule({
  id: 'response-header-added',
  level: 'info',
  site: 'response-header',
  change: 'added',
  summary: 'header added',
  docs: 'A response header was added. Not breaking.',
  oasdiff: true,
});
