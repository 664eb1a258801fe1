import type { RuleSpec } from './rule.js';

export const responseBodyContentSchemaAdded: RuleSpec = {
  id: 'response-body-content-schema-added',
  level: 'info',
  site: 'response-body',
  change: 'content-schema-added',
  summary: 'content schema added',
  docs: 'A `contentSchema` was added: the decoded content must match it. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
