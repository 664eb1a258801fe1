import { defineRule } from './rule.js';

export const requestBodyMinItemsIncreased = defineRule({
  id: 'request-body-min-items-increased',
  level: 'error',
  site: 'request-body',
  change: 'min-items-increased',
  summary: 'min items increased',
  docs: '`minItems` increased. Here it applies to the request body. Clients sending shorter arrays are rejected.',
  oasdiff: true,
});
