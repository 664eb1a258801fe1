import { defineRule } from './rule.js';

export const requestParameterMinItemsIncreased = defineRule({
  id: 'request-parameter-min-items-increased',
  level: 'error',
  site: 'request-parameter',
  change: 'min-items-increased',
  summary: 'min items increased',
  docs: '`minItems` increased. Here it applies to a request parameter. Clients sending shorter arrays are rejected.',
  oasdiff: true,
});
