import type { RuleSpec } from './rule.js';

export const requestBodyContentSchemaAdded: RuleSpec = {
  id: 'request-body-content-schema-added',
  level: 'error',
  site: 'request-body',
  change: 'content-schema-added',
  summary: 'content schema added',
  docs: 'A `contentSchema` was added: the decoded content must match it. Here it applies to the request body. Clients sending content that does not match it are rejected.',
  oasdiff: true,
};
