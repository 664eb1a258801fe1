import type { RuleSpec } from './rule.js';

export const requestPropertyPropertyNamesRemoved: RuleSpec = {
  id: 'request-property-property-names-removed',
  level: 'info',
  site: 'request-property',
  change: 'property-names-removed',
  summary: 'property names removed',
  docs: '`propertyNames` was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
