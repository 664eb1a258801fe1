import type { RuleSpec } from './rule.js';

export const responseBodyContentSchemaRemoved: RuleSpec = {
  id: 'response-body-content-schema-removed',
  level: 'error',
  site: 'response-body',
  change: 'content-schema-removed',
  summary: 'content schema removed',
  docs: 'The `contentSchema` was removed. Here it applies to the response body. Clients can no longer rely on the shape of the decoded content.',
  oasdiff: true,
};
