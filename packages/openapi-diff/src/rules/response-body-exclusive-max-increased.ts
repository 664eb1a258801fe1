import { defineRule } from './rule.js';

export const responseBodyExclusiveMaxIncreased = defineRule({
  id: 'response-body-exclusive-max-increased',
  level: 'error',
  site: 'response-body',
  change: 'exclusive-max-increased',
  summary: 'exclusive max increased',
  docs: '`exclusiveMaximum` increased. Here it applies to the response body. Clients may receive values above the old bound.',
  oasdiff: true,
});
