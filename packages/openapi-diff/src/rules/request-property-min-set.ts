import { defineRule } from './rule.js';

export const requestPropertyMinSet = defineRule({
  id: 'request-property-min-set',
  level: 'error',
  site: 'request-property',
  change: 'min-set',
  summary: 'min set',
  docs: 'A `minimum` was added. Here it applies to a request property. Clients sending smaller values are rejected.',
  oasdiff: true,
});
