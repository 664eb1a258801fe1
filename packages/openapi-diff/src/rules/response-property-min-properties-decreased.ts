import { defineRule } from './rule.js';

export const responsePropertyMinPropertiesDecreased = defineRule({
  id: 'response-property-min-properties-decreased',
  level: 'error',
  site: 'response-property',
  change: 'min-properties-decreased',
  summary: 'min properties decreased',
  docs: '`minProperties` decreased. Here it applies to a response property. Clients may receive smaller objects.',
  oasdiff: true,
});
