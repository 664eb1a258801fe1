import { defineRule } from './rule.js';

export const requestParameterMinItemsDecreased = defineRule({
  id: 'request-parameter-min-items-decreased',
  level: 'info',
  site: 'request-parameter',
  change: 'min-items-decreased',
  summary: 'min items decreased',
  docs: '`minItems` decreased. Here it applies to a request parameter. Shorter arrays are accepted.',
  oasdiff: true,
});
