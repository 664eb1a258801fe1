import type { RuleSpec } from './rule.js';

export const requestPropertyUnevaluatedPropertiesRemoved: RuleSpec = {
  id: 'request-property-unevaluated-properties-removed',
  level: 'info',
  site: 'request-property',
  change: 'unevaluated-properties-removed',
  summary: 'unevaluated properties removed',
  docs: '`unevaluatedProperties` was removed. Here it applies to a request property. Requests are constrained less: not breaking.',
  oasdiff: true,
};
