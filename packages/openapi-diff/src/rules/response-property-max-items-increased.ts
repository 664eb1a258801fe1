import type { RuleSpec } from './rule.js';

export const responsePropertyMaxItemsIncreased: RuleSpec = {
  id: 'response-property-max-items-increased',
  level: 'error',
  site: 'response-property',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to a response property. Clients may receive longer arrays than they allow for.',
  oasdiff: false,
};
