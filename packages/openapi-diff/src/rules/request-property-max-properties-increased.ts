import type { RuleSpec } from './rule.js';

export const requestPropertyMaxPropertiesIncreased: RuleSpec = {
  id: 'request-property-max-properties-increased',
  level: 'info',
  site: 'request-property',
  change: 'max-properties-increased',
  summary: 'max properties increased',
  docs: '`maxProperties` increased. Here it applies to a request property. Bigger objects are accepted.',
  oasdiff: false,
};
