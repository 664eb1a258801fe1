import type { RuleSpec } from './rule.js';

export const requestPropertyMaxPropertiesDecreased: RuleSpec = {
  id: 'request-property-max-properties-decreased',
  level: 'error',
  site: 'request-property',
  change: 'max-properties-decreased',
  summary: 'max properties decreased',
  docs: '`maxProperties` decreased. Here it applies to a request property. Clients sending more properties are rejected.',
  oasdiff: false,
};
