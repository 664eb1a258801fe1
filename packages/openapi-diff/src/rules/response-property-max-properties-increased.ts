import type { RuleSpec } from './rule.js';

export const responsePropertyMaxPropertiesIncreased: RuleSpec = {
  id: 'response-property-max-properties-increased',
  level: 'error',
  site: 'response-property',
  change: 'max-properties-increased',
  summary: 'max properties increased',
  docs: '`maxProperties` increased. Here it applies to a response property. Clients may receive bigger objects than they allow for.',
  oasdiff: false,
};
