import type { RuleSpec } from './rule.js';

export const responseBodyPropertyNamesRemoved: RuleSpec = {
  id: 'response-body-property-names-removed',
  level: 'error',
  site: 'response-body',
  change: 'property-names-removed',
  summary: 'property names removed',
  docs: '`propertyNames` was removed. Here it applies to the response body. Clients may meet property names they do not expect.',
  oasdiff: true,
};
