import type { RuleSpec } from './rule.js';

export const requestPropertyUnevaluatedPropertiesAdded: RuleSpec = {
  id: 'request-property-unevaluated-properties-added',
  level: 'error',
  site: 'request-property',
  change: 'unevaluated-properties-added',
  summary: 'unevaluated properties added',
  docs: '`unevaluatedProperties` was added: properties no other keyword covers are constrained. Here it applies to a request property. Clients sending such properties may be rejected.',
  oasdiff: true,
};
