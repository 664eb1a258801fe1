import { defineRule } from './rule.js';

export const responsePropertyMinItemsDecreased = defineRule({
  id: 'response-property-min-items-decreased',
  level: 'error',
  site: 'response-property',
  change: 'min-items-decreased',
  summary: 'min items decreased',
  docs: '`minItems` decreased. Here it applies to a response property. Clients may receive shorter (even empty) arrays.',
  oasdiff: true,
});
