import type { RuleSpec } from './rule.js';

export const responseBodyPropertyNamesAdded: RuleSpec = {
  id: 'response-body-property-names-added',
  level: 'info',
  site: 'response-body',
  change: 'property-names-added',
  summary: 'property names added',
  docs: '`propertyNames` was added: every property name must match a schema. Here it applies to the response body. Responses promise more: not breaking.',
  oasdiff: true,
};
