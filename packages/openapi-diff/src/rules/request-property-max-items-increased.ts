import { defineRule } from './rule.js';

export const requestPropertyMaxItemsIncreased = defineRule({
  id: 'request-property-max-items-increased',
  level: 'info',
  site: 'request-property',
  change: 'max-items-increased',
  summary: 'max items increased',
  docs: '`maxItems` increased. Here it applies to a request property. Longer arrays are accepted.',
  oasdiff: true,
});
