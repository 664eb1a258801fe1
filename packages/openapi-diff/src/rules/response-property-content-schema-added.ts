import type { RuleSpec } from './rule.js';

export const responsePropertyContentSchemaAdded: RuleSpec = {
  id: 'response-property-content-schema-added',
  level: 'info',
  site: 'response-property',
  change: 'content-schema-added',
  summary: 'content schema added',
  docs: 'A `contentSchema` was added: the decoded content must match it. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
