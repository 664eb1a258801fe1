import type { RuleSpec } from './rule.js';

export const responsePropertyPropertyNamesAdded: RuleSpec = {
  id: 'response-property-property-names-added',
  level: 'info',
  site: 'response-property',
  change: 'property-names-added',
  summary: 'property names added',
  docs: '`propertyNames` was added: every property name must match a schema. Here it applies to a response property. Responses promise more: not breaking.',
  oasdiff: true,
};
