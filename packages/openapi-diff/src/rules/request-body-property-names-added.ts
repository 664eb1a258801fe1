import type { RuleSpec } from './rule.js';

export const requestBodyPropertyNamesAdded: RuleSpec = {
  id: 'request-body-property-names-added',
  level: 'error',
  site: 'request-body',
  change: 'property-names-added',
  summary: 'property names added',
  docs: '`propertyNames` was added: every property name must match a schema. Here it applies to the request body. Clients sending other names are rejected.',
  oasdiff: true,
};
