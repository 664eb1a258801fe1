import type { RuleSpec } from './rule.js';

export const responsePropertyUnevaluatedPropertiesRemoved: RuleSpec = {
  id: 'response-property-unevaluated-properties-removed',
  level: 'error',
  site: 'response-property',
  change: 'unevaluated-properties-removed',
  summary: 'unevaluated properties removed',
  docs: '`unevaluatedProperties` was removed. Here it applies to a response property. Clients may meet properties they do not expect.',
  oasdiff: true,
};
