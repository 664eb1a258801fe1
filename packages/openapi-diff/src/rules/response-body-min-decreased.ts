import { defineRule } from './rule.js';

export const responseBodyMinDecreased = defineRule({
  id: 'response-body-min-decreased',
  level: 'error',
  site: 'response-body',
  change: 'min-decreased',
  summary: 'min decreased',
  docs: '`minimum` decreased. Here it applies to the response body. Clients may receive values below the old minimum.',
  oasdiff: true,
});
