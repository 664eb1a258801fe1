import type { RuleSpec } from './rule.js';

export const requestBodyUnevaluatedItemsRemoved: RuleSpec = {
  id: 'request-body-unevaluated-items-removed',
  level: 'info',
  site: 'request-body',
  change: 'unevaluated-items-removed',
  summary: 'unevaluated items removed',
  docs: '`unevaluatedItems` was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
