import type { RuleSpec } from './rule.js';

export const responsePropertyUniqueItemsUnset: RuleSpec = {
  id: 'response-property-unique-items-unset',
  level: 'error',
  site: 'response-property',
  change: 'unique-items-unset',
  summary: 'unique items unset',
  docs: '`uniqueItems` was removed. Here it applies to a response property. Clients storing the items in a set or keyed map may meet duplicates.',
  oasdiff: false,
};
