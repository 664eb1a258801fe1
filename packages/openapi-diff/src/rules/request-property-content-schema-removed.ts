import type { RuleSpec } from './rule.js';

export const requestPropertyContentSchemaRemoved: RuleSpec = {
  id: 'request-property-content-schema-removed',
  level: 'info',
  site: 'request-property',
  change: 'content-schema-removed',
  summary: 'content schema removed',
  docs: 'The `contentSchema` was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
