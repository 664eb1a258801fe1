import type { RuleSpec } from './rule.js';

export const requestPropertyPropertyNamesAdded: RuleSpec = {
  id: 'request-property-property-names-added',
  level: 'error',
  site: 'request-property',
  change: 'property-names-added',
  summary: 'property names added',
  docs: '`propertyNames` was added: every property name must match a schema. Here it applies to a request property. Clients sending other names are rejected.',
  oasdiff: true,
};
