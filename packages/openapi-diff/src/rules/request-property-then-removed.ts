import type { RuleSpec } from './rule.js';

export const requestPropertyThenRemoved: RuleSpec = {
  id: 'request-property-then-removed',
  level: 'info',
  site: 'request-property',
  change: 'then-removed',
  summary: 'then removed',
  docs: 'The `then` schema was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
