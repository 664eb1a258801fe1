import type { RuleSpec } from './rule.js';

export const responsePropertyThenRemoved: RuleSpec = {
  id: 'response-property-then-removed',
  level: 'error',
  site: 'response-property',
  change: 'then-removed',
  summary: 'then removed',
  docs: 'The `then` schema was removed. Here it applies to a response property. Clients can no longer rely on what it promised.',
  oasdiff: true,
};
