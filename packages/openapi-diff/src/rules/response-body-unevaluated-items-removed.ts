import type { RuleSpec } from './rule.js';

export const responseBodyUnevaluatedItemsRemoved: RuleSpec = {
  id: 'response-body-unevaluated-items-removed',
  level: 'error',
  site: 'response-body',
  change: 'unevaluated-items-removed',
  summary: 'unevaluated items removed',
  docs: '`unevaluatedItems` was removed. Here it applies to the response body. Clients may meet items they do not expect.',
  oasdiff: true,
};
