import type { RuleSpec } from './rule.js';

export const requestPropertyMinPropertiesIncreased: RuleSpec = {
  id: 'request-property-min-properties-increased',
  level: 'error',
  site: 'request-property',
  change: 'min-properties-increased',
  summary: 'min properties increased',
  docs: '`minProperties` increased. Here it applies to a request property. Clients sending fewer properties are rejected.',
  oasdiff: false,
};
