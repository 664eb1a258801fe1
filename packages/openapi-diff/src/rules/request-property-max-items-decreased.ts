import { defineRule } from './rule.js';

export const requestPropertyMaxItemsDecreased = defineRule({
  id: 'request-property-max-items-decreased',
  level: 'error',
  site: 'request-property',
  change: 'max-items-decreased',
  summary: 'max items decreased',
  docs: '`maxItems` decreased. Here it applies to a request property. Clients sending longer arrays are rejected.',
  oasdiff: true,
});
