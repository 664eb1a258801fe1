import type { RuleSpec } from './rule.js';

export const requestPropertyContentSchemaAdded: RuleSpec = {
  id: 'request-property-content-schema-added',
  level: 'error',
  site: 'request-property',
  change: 'content-schema-added',
  summary: 'content schema added',
  docs: 'A `contentSchema` was added: the decoded content must match it. Here it applies to a request property. Clients sending content that does not match it are rejected.',
  oasdiff: true,
};
