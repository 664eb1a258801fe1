import type { RuleSpec } from './rule.js';

export const requestPropertyUniqueItemsUnset: RuleSpec = {
  id: 'request-property-unique-items-unset',
  level: 'info',
  site: 'request-property',
  change: 'unique-items-unset',
  summary: 'unique items unset',
  docs: '`uniqueItems` was removed. Here it applies to a request property. Duplicates are accepted.',
  oasdiff: false,
};
