import type { RuleSpec } from './rule.js';

export const requestPropertyMinContainsIncreased: RuleSpec = {
  id: 'request-property-min-contains-increased',
  level: 'error',
  site: 'request-property',
  change: 'min-contains-increased',
  summary: 'min contains increased',
  docs: '`minContains` increased (absent is 1). Here it applies to a request property. Clients sending fewer matching items are rejected.',
  oasdiff: true,
};
