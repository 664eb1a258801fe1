import type { RuleSpec } from './rule.js';

export const responsePropertyContentSchemaRemoved: RuleSpec = {
  id: 'response-property-content-schema-removed',
  level: 'error',
  site: 'response-property',
  change: 'content-schema-removed',
  summary: 'content schema removed',
  docs: 'The `contentSchema` was removed. Here it applies to a response property. Clients can no longer rely on the shape of the decoded content.',
  oasdiff: true,
};
