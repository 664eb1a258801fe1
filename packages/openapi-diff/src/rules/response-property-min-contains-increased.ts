import type { RuleSpec } from './rule.js';

export const responsePropertyMinContainsIncreased: RuleSpec = {
  id: 'response-property-min-contains-increased',
  level: 'info',
  site: 'response-property',
  change: 'min-contains-increased',
  summary: 'min contains increased',
  docs: '`minContains` increased (absent is 1). Here it applies to a response property. Responses hold more matching items: not breaking.',
  oasdiff: true,
};
