import type { RuleSpec } from './rule.js';

export const requestBodyPropertyNamesRemoved: RuleSpec = {
  id: 'request-body-property-names-removed',
  level: 'info',
  site: 'request-body',
  change: 'property-names-removed',
  summary: 'property names removed',
  docs: '`propertyNames` was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
