import type { RuleSpec } from './rule.js';

export const responsePropertyElseRemoved: RuleSpec = {
  id: 'response-property-else-removed',
  level: 'error',
  site: 'response-property',
  change: 'else-removed',
  summary: 'else removed',
  docs: 'The `else` schema was removed. Here it applies to a response property. Clients can no longer rely on what it promised.',
  oasdiff: true,
};
