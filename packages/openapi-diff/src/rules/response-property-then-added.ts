import type { RuleSpec } from './rule.js';

export const responsePropertyThenAdded: RuleSpec = {
  id: 'response-property-then-added',
  level: 'info',
  site: 'response-property',
  change: 'then-added',
  summary: 'then added',
  docs: 'A `then` schema was added: values meeting `if` must also match it. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
