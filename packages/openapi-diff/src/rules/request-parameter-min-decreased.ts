import { defineRule } from './rule.js';

export const requestParameterMinDecreased = defineRule({
  id: 'request-parameter-min-decreased',
  level: 'info',
  site: 'request-parameter',
  change: 'min-decreased',
  summary: 'min decreased',
  docs: '`minimum` decreased. Here it applies to a request parameter. More values are accepted: not breaking.',
  oasdiff: true,
});
