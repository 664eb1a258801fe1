import type { RuleSpec } from './rule.js';

export const responsePropertyElseAdded: RuleSpec = {
  id: 'response-property-else-added',
  level: 'info',
  site: 'response-property',
  change: 'else-added',
  summary: 'else added',
  docs: 'An `else` schema was added: values not meeting `if` must match it. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
