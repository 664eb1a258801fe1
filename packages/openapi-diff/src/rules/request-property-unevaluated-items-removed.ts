import type { RuleSpec } from './rule.js';

export const requestPropertyUnevaluatedItemsRemoved: RuleSpec = {
  id: 'request-property-unevaluated-items-removed',
  level: 'info',
  site: 'request-property',
  change: 'unevaluated-items-removed',
  summary: 'unevaluated items removed',
  docs: '`unevaluatedItems` was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
