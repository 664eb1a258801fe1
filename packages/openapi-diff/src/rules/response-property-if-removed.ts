import type { RuleSpec } from './rule.js';

export const responsePropertyIfRemoved: RuleSpec = {
  id: 'response-property-if-removed',
  level: 'error',
  site: 'response-property',
  change: 'if-removed',
  summary: 'if removed',
  docs: 'The `if` condition was removed. Here it applies to a response property. Clients can no longer rely on the conditional constraints.',
  oasdiff: true,
};
