import type { RuleSpec } from './rule.js';

export const requestPropertyMaxItemsDecreased: RuleSpec = {
  id: 'request-property-max-items-decreased',
  level: 'error',
  site: 'request-property',
  change: 'max-items-decreased',
  summary: 'max items decreased',
  docs: '`maxItems` decreased. Here it applies to a request property. Clients sending longer arrays are rejected.',
  oasdiff: false,
};
