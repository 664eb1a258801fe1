import { defineRule } from './rule.js';

export const responseBodyMinItemsUnset = defineRule({
  id: 'response-body-min-items-unset',
  level: 'error',
  site: 'response-body',
  change: 'min-items-unset',
  summary: 'min items unset',
  docs: '`minItems` was removed. Here it applies to the response body. Clients may receive empty arrays where at least one item was promised.',
  oasdiff: true,
});
