import type { RuleSpec } from './rule.js';

export const requestBodyContentSchemaRemoved: RuleSpec = {
  id: 'request-body-content-schema-removed',
  level: 'info',
  site: 'request-body',
  change: 'content-schema-removed',
  summary: 'content schema removed',
  docs: 'The `contentSchema` was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
