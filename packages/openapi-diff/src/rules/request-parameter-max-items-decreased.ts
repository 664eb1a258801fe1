import { defineRule } from './rule.js';

export const requestParameterMaxItemsDecreased = defineRule({
  id: 'request-parameter-max-items-decreased',
  level: 'error',
  site: 'request-parameter',
  change: 'max-items-decreased',
  summary: 'max items decreased',
  docs: '`maxItems` decreased. Here it applies to a request parameter. Clients sending longer arrays are rejected.',
  oasdiff: true,
});
