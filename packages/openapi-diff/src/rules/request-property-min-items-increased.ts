import { defineRule } from './rule.js';

export const requestPropertyMinItemsIncreased = defineRule({
  id: 'request-property-min-items-increased',
  level: 'error',
  site: 'request-property',
  change: 'min-items-increased',
  summary: 'min items increased',
  docs: '`minItems` increased. Here it applies to a request property. Clients sending shorter arrays are rejected.',
  oasdiff: true,
});
