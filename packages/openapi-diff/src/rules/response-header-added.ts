import type { RuleSpec } from './rule.js';

export const responseHeaderAdded: RuleSpec = {
  id: 'response-header-added',
  level: 'info',
  site: 'response-header',
  change: 'added',
  summary: 'header added',
  docs: 'A response header was added. Not breaking.',
  oasdiff: true,
};
