import { defineRule } from './rule.js';

export const responsePropertyMinItemsUnset = defineRule({
  id: 'response-property-min-items-unset',
  level: 'error',
  site: 'response-property',
  change: 'min-items-unset',
  summary: 'min items unset',
  docs: '`minItems` was removed. Here it applies to a response property. Clients may receive empty arrays where at least one item was promised.',
  oasdiff: true,
});
