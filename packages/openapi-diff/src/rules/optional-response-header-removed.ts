import type { RuleSpec } from './rule.js';

export const optionalResponseHeaderRemoved: RuleSpec = {
  id: 'optional-response-header-removed',
  level: 'warning',
  site: 'response-header',
  change: 'optional-removed',
  summary: 'optional header removed',
  docs: 'An optional response header was removed. Informational.',
  oasdiff: true,
};
