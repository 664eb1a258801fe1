import { defineRule } from './rule.js';

export const requestBodyMinDecreased = defineRule({
  id: 'request-body-min-decreased',
  level: 'info',
  site: 'request-body',
  change: 'min-decreased',
  summary: 'min decreased',
  docs: '`minimum` decreased. Here it applies to the request body. More values are accepted: not breaking.',
  oasdiff: true,
});
