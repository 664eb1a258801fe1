import { defineRule } from './rule.js';

export const responseBodyMinItemsDecreased = defineRule({
  id: 'response-body-min-items-decreased',
  level: 'error',
  site: 'response-body',
  change: 'min-items-decreased',
  summary: 'min items decreased',
  docs: '`minItems` decreased. Here it applies to the response body. Clients may receive shorter (even empty) arrays.',
  oasdiff: true,
});
