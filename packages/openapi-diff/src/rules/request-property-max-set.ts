import { defineRule } from './rule.js';

export const requestPropertyMaxSet = defineRule({
  id: 'request-property-max-set',
  level: 'error',
  site: 'request-property',
  change: 'max-set',
  summary: 'max set',
  docs: 'A `maximum` was added. Here it applies to a request property. Clients sending larger values are rejected.',
  oasdiff: true,
});
