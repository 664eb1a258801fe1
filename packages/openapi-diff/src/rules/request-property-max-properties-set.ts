import type { RuleSpec } from './rule.js';

export const requestPropertyMaxPropertiesSet: RuleSpec = {
  id: 'request-property-max-properties-set',
  level: 'error',
  site: 'request-property',
  change: 'max-properties-set',
  summary: 'max properties set',
  docs: 'A `maxProperties` was added. Here it applies to a request property. Clients sending more properties are rejected.',
  oasdiff: false,
};
