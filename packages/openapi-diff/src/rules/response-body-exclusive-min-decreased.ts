import { defineRule } from './rule.js';

export const responseBodyExclusiveMinDecreased = defineRule({
  id: 'response-body-exclusive-min-decreased',
  level: 'error',
  site: 'response-body',
  change: 'exclusive-min-decreased',
  summary: 'exclusive min decreased',
  docs: '`exclusiveMinimum` decreased. Here it applies to the response body. Clients may receive values below the old bound.',
  oasdiff: true,
});
