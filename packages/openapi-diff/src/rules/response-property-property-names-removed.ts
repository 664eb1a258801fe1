import type { RuleSpec } from './rule.js';

export const responsePropertyPropertyNamesRemoved: RuleSpec = {
  id: 'response-property-property-names-removed',
  level: 'error',
  site: 'response-property',
  change: 'property-names-removed',
  summary: 'property names removed',
  docs: '`propertyNames` was removed. Here it applies to a response property. Clients may meet property names they do not expect.',
  oasdiff: true,
};
