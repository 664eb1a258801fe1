import type { RuleSpec } from './rule.js';

export const requestPropertyMaxItemsIncreased: RuleSpec = {
  id: 'request-property-max-items-increased',
  level: 'info',
  site: 'request-property',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to a request property. Longer arrays are accepted.',
  oasdiff: false,
};
