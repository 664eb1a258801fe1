import type { RuleSpec } from './rule.js';

export const responseNonSuccessStatusRemoved: RuleSpec = {
  id: 'response-non-success-status-removed',
  level: 'info',
  site: 'response',
  change: 'non-success-status-removed',
  summary: 'non-success status removed',
  docs: 'A non-success response status was removed. Informational.',
  oasdiff: true,
};
