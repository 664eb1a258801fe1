import type { RuleSpec } from './rule.js';

export const requestBodyUnevaluatedPropertiesRemoved: RuleSpec = {
  id: 'request-body-unevaluated-properties-removed',
  level: 'info',
  site: 'request-body',
  change: 'unevaluated-properties-removed',
  summary: 'unevaluated properties removed',
  docs: '`unevaluatedProperties` was removed. Here it applies to the request body. Requests are constrained less: not breaking.',
  oasdiff: true,
};
