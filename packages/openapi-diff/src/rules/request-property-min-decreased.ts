import { defineRule } from './rule.js';

export const requestPropertyMinDecreased = defineRule({
  id: 'request-property-min-decreased',
  level: 'info',
  site: 'request-property',
  change: 'min-decreased',
  summary: 'min decreased',
  docs: '`minimum` decreased. Here it applies to a request property. More values are accepted: not breaking.',
  oasdiff: true,
});
